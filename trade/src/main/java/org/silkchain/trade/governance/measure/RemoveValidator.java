package org.silkchain.trade.governance.measure;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.trade.governance.ProposalType;

/** Removes the validator with consensus key {@code key}. */
public record RemoveValidator(PublicKey key) implements Measure {
  static final Codec<RemoveValidator> CODEC =
      new Codec<>() {
        @Override
        public void encode(RemoveValidator r, CanonicalWriter out) {
          PublicKey.CODEC.encode(r.key, out);
        }

        @Override
        public RemoveValidator decode(CanonicalReader in) {
          return new RemoveValidator(PublicKey.CODEC.decode(in));
        }
      };

  @Override
  public ProposalType type() {
    return ProposalType.REMOVE_VALIDATOR;
  }
}
