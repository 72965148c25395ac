package org.silkchain.ledger.transaction;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;

/** One signer's signature over {@link TransactionBody#signBytes()}. */
public record TxSignature(PublicKey signer, Signature signature) {
  public static final Codec<TxSignature> CODEC =
      new Codec<>() {
        @Override
        public void encode(TxSignature s, CanonicalWriter out) {
          PublicKey.CODEC.encode(s.signer, out);
          Signature.CODEC.encode(s.signature, out);
        }

        @Override
        public TxSignature decode(CanonicalReader in) {
          return new TxSignature(PublicKey.CODEC.decode(in), Signature.CODEC.decode(in));
        }
      };

  public TxSignature {
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(signature, "signature");
  }
}
