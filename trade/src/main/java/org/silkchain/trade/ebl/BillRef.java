package org.silkchain.trade.ebl;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * Names a bill by its id: body of {@code ebl/endorse-blank}, {@code ebl/accomplish} and {@code
 * ebl/void}, and request of the {@code bill} and {@code data} queries.
 */
public record BillRef(Hash bill) {
  public static final int TYPE_TAG = 0x0E12;

  public static final Codec<BillRef> CODEC =
      new Codec<>() {
        @Override
        public void encode(BillRef b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(b.bill, out);
        }

        @Override
        public BillRef decode(CanonicalReader in) {
          in.header("billRef", TYPE_TAG, 1);
          return new BillRef(Hash.CODEC.decode(in));
        }
      };

  public BillRef {
    Objects.requireNonNull(bill, "bill");
  }
}
