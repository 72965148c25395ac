package org.silkchain.trade.lc;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.trade.listing.PageRequest;

/**
 * Request of {@code lc/trail}: up to {@code limit} ids of the transactions that changed {@code
 * credit}, from the {@code from}-th (oldest first).
 */
public record CreditPage(Hash credit, long from, int limit) {
  public static final int TYPE_TAG = 0x0F21;

  public static final Codec<CreditPage> CODEC =
      new Codec<>() {
        @Override
        public void encode(CreditPage p, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(p.credit, out);
          out.u63(p.from).u8(p.limit);
        }

        @Override
        public CreditPage decode(CanonicalReader in) {
          in.header("creditPage", TYPE_TAG, 1);
          Hash credit = Hash.CODEC.decode(in);
          long from = in.u63("creditPage.from");
          int limit = in.u8("creditPage.limit");
          if (limit == 0 || limit > PageRequest.MAX_LIMIT) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE,
                "creditPage.limit: 1.." + PageRequest.MAX_LIMIT);
          }
          return new CreditPage(credit, from, limit);
        }
      };

  public CreditPage {
    Objects.requireNonNull(credit, "credit");
    if (from < 0 || limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("from >= 0 and 1 <= limit <= " + PageRequest.MAX_LIMIT);
    }
  }
}
