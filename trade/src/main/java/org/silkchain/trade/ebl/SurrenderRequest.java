package org.silkchain.trade.ebl;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * Body of {@code ebl/surrender}: the holder gives the bill back to its carrier, for delivery of the
 * goods (final) or for amendment (the carrier reissues the amended bill to the surrendering
 * holder).
 */
public record SurrenderRequest(Hash bill, Purpose purpose) {
  public static final int TYPE_TAG = 0x0E13;

  /** Why the bill is surrendered; the ordinal is the encoding, so only append. */
  public enum Purpose {
    DELIVERY,
    AMENDMENT
  }

  public static final Codec<SurrenderRequest> CODEC =
      new Codec<>() {
        @Override
        public void encode(SurrenderRequest b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(b.bill, out);
          out.u8(b.purpose.ordinal());
        }

        @Override
        public SurrenderRequest decode(CanonicalReader in) {
          in.header("surrender", TYPE_TAG, 1);
          Hash bill = Hash.CODEC.decode(in);
          return new SurrenderRequest(
              bill,
              Bill.enumValue(Purpose.values(), in.u8("surrender.purpose"), "surrender.purpose"));
        }
      };

  public SurrenderRequest {
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(purpose, "purpose");
  }
}
