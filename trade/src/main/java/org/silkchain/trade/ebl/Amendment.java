package org.silkchain.trade.ebl;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code ebl/amend}: the carrier's new bill data for a bill surrendered for amendment,
 * sealed (with a new commitment) for the carrier, the holder it is reissued to and a straight
 * bill's consignee.
 */
public record Amendment(Hash bill, Sealed data) {
  public static final int TYPE_TAG = 0x0E14;

  public static final Codec<Amendment> CODEC =
      new Codec<>() {
        @Override
        public void encode(Amendment b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(b.bill, out);
          Sealed.CODEC.encode(b.data, out);
        }

        @Override
        public Amendment decode(CanonicalReader in) {
          in.header("amendment", TYPE_TAG, 1);
          return new Amendment(Hash.CODEC.decode(in), Sealed.CODEC.decode(in));
        }
      };

  public Amendment {
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(data, "data");
  }
}
