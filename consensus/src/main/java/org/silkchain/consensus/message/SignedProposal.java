package org.silkchain.consensus.message;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.consensus.payload.ProposalPayload;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;

/**
 * A proposal payload with its author and the author's signature over {@link
 * ProposalPayload#signBytes()}. Construction checks nothing cryptographic: {@code
 * org.silkchain.consensus.validation.ProposalValidator} does.
 */
public record SignedProposal(ProposalPayload payload, PublicKey author, Signature signature) {
  public static final int TYPE_TAG = 0x0503;
  public static final int VERSION = 1;

  public static final Codec<SignedProposal> CODEC =
      new Codec<>() {
        @Override
        public void encode(SignedProposal p, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          ProposalPayload.CODEC.encode(p.payload, out);
          PublicKey.CODEC.encode(p.author, out);
          Signature.CODEC.encode(p.signature, out);
        }

        @Override
        public SignedProposal decode(CanonicalReader in) {
          in.header("signedProposal", TYPE_TAG, VERSION);
          return new SignedProposal(
              ProposalPayload.CODEC.decode(in),
              PublicKey.CODEC.decode(in),
              Signature.CODEC.decode(in));
        }
      };

  public long height() {
    return payload.height();
  }

  public int round() {
    return payload.round();
  }
}
