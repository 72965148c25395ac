package org.silkchain.trade.ebl;

import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Requests and responses of the paged queries: {@code history} (a bill's chain of holders) and
 * {@code held} (the live bills of an account).
 */
public final class Page {
  private Page() {}

  /** Request of {@code ebl/history}: entries {@code start ..} of a bill's chain, at most limit. */
  public record History(Hash bill, long start, int limit) {
    public static final int TYPE_TAG = 0x0E15;

    public static final Codec<History> CODEC =
        new Codec<>() {
          @Override
          public void encode(History h, CanonicalWriter out) {
            out.header(TYPE_TAG, 1);
            Hash.CODEC.encode(h.bill, out);
            out.u63(h.start).u16(h.limit);
          }

          @Override
          public History decode(CanonicalReader in) {
            in.header("history", TYPE_TAG, 1);
            return new History(
                Hash.CODEC.decode(in), in.u63("history.start"), in.u16("history.limit"));
          }
        };

    public History {
      Objects.requireNonNull(bill, "bill");
    }
  }

  /** Request of {@code ebl/held}: holdings {@code start ..} of an account, at most limit. */
  public record Holdings(AccountId account, long start, int limit) {
    public static final int TYPE_TAG = 0x0E16;

    public static final Codec<Holdings> CODEC =
        new Codec<>() {
          @Override
          public void encode(Holdings h, CanonicalWriter out) {
            out.header(TYPE_TAG, 1);
            AccountId.CODEC.encode(h.account, out);
            out.u63(h.start).u16(h.limit);
          }

          @Override
          public Holdings decode(CanonicalReader in) {
            in.header("holdings", TYPE_TAG, 1);
            return new Holdings(
                AccountId.CODEC.decode(in), in.u63("holdings.start"), in.u16("holdings.limit"));
          }
        };

    public Holdings {
      Objects.requireNonNull(account, "account");
    }
  }

  /** Response of {@code ebl/history}. */
  public static final Codec<List<HolderEntry>> ENTRIES = listOf(HolderEntry.CODEC);

  /** Response of {@code ebl/held}. */
  public static final Codec<List<Hash>> BILL_IDS = listOf(Hash.CODEC);

  private static <T> Codec<List<T>> listOf(Codec<T> element) {
    return new Codec<>() {
      @Override
      public void encode(List<T> values, CanonicalWriter out) {
        out.list(values, element);
      }

      @Override
      public List<T> decode(CanonicalReader in) {
        return in.list("page", Bills.MAX_PAGE, element);
      }
    };
  }
}
