package org.silkchain.trade.governance;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * Body of {@code governance/withdraw}, {@code close} and {@code execute}, and the request of the
 * {@code proposal} and {@code votes} queries: a proposal id.
 */
public record ProposalRef(long proposal) {
  public static final int TYPE_TAG = 0x1012;

  public static final Codec<ProposalRef> CODEC =
      new Codec<>() {
        @Override
        public void encode(ProposalRef r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u63(r.proposal);
        }

        @Override
        public ProposalRef decode(CanonicalReader in) {
          in.header("proposalRef", TYPE_TAG, 1);
          return new ProposalRef(in.u63("proposalRef.proposal"));
        }
      };
}
