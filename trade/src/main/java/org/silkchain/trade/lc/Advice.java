package org.silkchain.trade.lc;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * Body of {@code lc/advise}: the advising bank (the beneficiary's bank) advises the credit to the
 * beneficiary (Art. 9), and with {@code confirm} adds its own undertaking as confirming bank (Art.
 * 8).
 */
public record Advice(Hash credit, boolean confirm) {
  public static final int TYPE_TAG = 0x0F04;

  public static final Codec<Advice> CODEC =
      new Codec<>() {
        @Override
        public void encode(Advice a, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(a.credit, out);
          out.bool(a.confirm);
        }

        @Override
        public Advice decode(CanonicalReader in) {
          in.header("advice", TYPE_TAG, 1);
          return new Advice(Hash.CODEC.decode(in), in.bool("advice.confirm"));
        }
      };

  public Advice {
    java.util.Objects.requireNonNull(credit, "credit");
  }
}
