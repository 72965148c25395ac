package org.silkchain.trade.lc;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * Names a credit by its id: body of the actions that need nothing else ({@code accept-amendment},
 * {@code reject-amendment}, {@code waive}, {@code honour}, {@code return-documents}, {@code
 * reimburse}, {@code expire}) and request of the {@code credit} query.
 */
public record CreditRef(Hash credit) {
  public static final int TYPE_TAG = 0x0F06;

  public static final Codec<CreditRef> CODEC =
      new Codec<>() {
        @Override
        public void encode(CreditRef r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(r.credit, out);
        }

        @Override
        public CreditRef decode(CanonicalReader in) {
          in.header("creditRef", TYPE_TAG, 1);
          return new CreditRef(Hash.CODEC.decode(in));
        }
      };

  public CreditRef {
    java.util.Objects.requireNonNull(credit, "credit");
  }
}
