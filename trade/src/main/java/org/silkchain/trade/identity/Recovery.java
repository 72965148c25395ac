package org.silkchain.trade.identity;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * A pending guardian recovery of one account: the proposed keys, the guardians that approved so
 * far, and once enough have, the block time from which it may be finalized ({@code readyAtMillis},
 * 0 while approvals are missing).
 */
public record Recovery(
    List<PublicKey> newKeys, int newThreshold, List<AccountId> approvals, long readyAtMillis) {
  public static final int TYPE_TAG = 0x0904;
  public static final int VERSION = 1;

  public static final Codec<Recovery> CODEC =
      new Codec<>() {
        @Override
        public void encode(Recovery r, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          Fields.KEYS.encode(r.newKeys, out);
          out.u8(r.newThreshold).set(r.approvals, AccountId.CODEC).u63(r.readyAtMillis);
        }

        @Override
        public Recovery decode(CanonicalReader in) {
          in.header("recovery", TYPE_TAG, VERSION);
          List<PublicKey> keys = Fields.KEYS.decode(in);
          int threshold = in.u8("recovery.threshold");
          List<AccountId> approvals =
              in.set("recovery.approvals", Guardians.MAX_GUARDIANS, AccountId.CODEC);
          return new Recovery(keys, threshold, approvals, in.u63("recovery.readyAt"));
        }
      };

  public Recovery {
    newKeys = newKeys.stream().sorted().toList();
    approvals = approvals.stream().sorted().distinct().toList();
  }

  public boolean ready() {
    return readyAtMillis > 0;
  }

  public Recovery approvedBy(AccountId guardian) {
    List<AccountId> more = new ArrayList<>(approvals);
    more.add(guardian);
    return new Recovery(newKeys, newThreshold, more, readyAtMillis);
  }

  public Recovery readyAt(long millis) {
    return new Recovery(newKeys, newThreshold, approvals, millis);
  }
}
