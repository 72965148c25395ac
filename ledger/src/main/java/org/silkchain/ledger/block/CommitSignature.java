package org.silkchain.ledger.block;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;

/** One validator's precommit signature inside a {@link CommitCertificate}. */
public record CommitSignature(PublicKey validator, Signature signature) {
  public static final Codec<CommitSignature> CODEC =
      new Codec<>() {
        @Override
        public void encode(CommitSignature s, CanonicalWriter out) {
          PublicKey.CODEC.encode(s.validator, out);
          Signature.CODEC.encode(s.signature, out);
        }

        @Override
        public CommitSignature decode(CanonicalReader in) {
          return new CommitSignature(PublicKey.CODEC.decode(in), Signature.CODEC.decode(in));
        }
      };

  public CommitSignature {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(signature, "signature");
  }
}
