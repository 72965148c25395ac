package org.silkchain.trade.basket;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.runtime.module.Fields;

/** Body of {@code basket/deposit} and {@code basket/redeem}: a number of whole lots, at least 1. */
public record Lots(long lots) {
  public static final int TYPE_TAG = 0x0C10;

  public static final Codec<Lots> CODEC =
      new Codec<>() {
        @Override
        public void encode(Lots b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u63(b.lots);
        }

        @Override
        public Lots decode(CanonicalReader in) {
          in.header("lots", TYPE_TAG, 1);
          return new Lots(Fields.positive(in, "lots"));
        }
      };
}
