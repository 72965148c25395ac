package org.silkchain.trade.listing;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Request of the listing queries: up to {@code limit} ids of {@code account}'s list from {@code
 * from}.
 */
public record PageRequest(AccountId account, long from, int limit) {
  public static final int TYPE_TAG = 0x0D86;
  public static final int MAX_LIMIT = 100;

  public static final Codec<PageRequest> CODEC =
      new Codec<>() {
        @Override
        public void encode(PageRequest r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(r.account, out);
          out.u63(r.from).u8(r.limit);
        }

        @Override
        public PageRequest decode(CanonicalReader in) {
          in.header("pageRequest", TYPE_TAG, 1);
          AccountId account = AccountId.CODEC.decode(in);
          long from = in.u63("pageRequest.from");
          int limit = in.u8("pageRequest.limit");
          if (limit == 0 || limit > MAX_LIMIT) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "pageRequest.limit: 1.." + MAX_LIMIT);
          }
          return new PageRequest(account, from, limit);
        }
      };

  public PageRequest {
    Objects.requireNonNull(account, "account");
    if (from < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("from >= 0 and 1 <= limit <= " + MAX_LIMIT);
    }
  }

  /** The first page of {@code account}'s list. */
  public static PageRequest first(AccountId account) {
    return new PageRequest(account, 0, MAX_LIMIT);
  }
}
