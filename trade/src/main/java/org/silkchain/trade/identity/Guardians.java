package org.silkchain.trade.identity;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Who may recover an account whose keys are lost: {@code threshold} of {@code guardians} can
 * replace its keys, {@code delayMillis} of block time after the last needed approval, during which
 * the account's current keys can cancel.
 *
 * <p>Invariants: 1 to {@value #MAX_GUARDIANS} distinct guardians (sorted); {@code 1 <= threshold <=
 * guardians}; {@code MIN_DELAY_MILLIS <= delayMillis <= MAX_DELAY_MILLIS}.
 */
public record Guardians(List<AccountId> guardians, int threshold, long delayMillis) {
  public static final int TYPE_TAG = 0x0903;
  public static final int VERSION = 1;
  public static final int MAX_GUARDIANS = 10;
  public static final long MIN_DELAY_MILLIS = 60 * 60 * 1000L;
  public static final long MAX_DELAY_MILLIS = 90L * 24 * 60 * 60 * 1000;

  /** The body of {@code identity/set-guardians} too. */
  public static final Codec<Guardians> CODEC =
      new Codec<>() {
        @Override
        public void encode(Guardians g, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).set(g.guardians, AccountId.CODEC);
          out.u8(g.threshold).u63(g.delayMillis);
        }

        @Override
        public Guardians decode(CanonicalReader in) {
          in.header("guardians", TYPE_TAG, VERSION);
          List<AccountId> list = in.set("guardians.list", MAX_GUARDIANS, AccountId.CODEC);
          int threshold = in.u8("guardians.threshold");
          long delay = in.u63("guardians.delay");
          if (!valid(list.size(), threshold, delay)) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "guardians");
          }
          return new Guardians(list, threshold, delay);
        }
      };

  public Guardians {
    guardians = guardians.stream().sorted().distinct().toList();
    if (!valid(guardians.size(), threshold, delayMillis)) {
      throw new IllegalArgumentException("invalid guardians, threshold or delay");
    }
  }

  static boolean valid(int count, int threshold, long delay) {
    return count >= 1
        && count <= MAX_GUARDIANS
        && threshold >= 1
        && threshold <= count
        && delay >= MIN_DELAY_MILLIS
        && delay <= MAX_DELAY_MILLIS;
  }
}
