package org.silkchain.trade.identity;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Body of the identity actions that name one account: {@code approve-recovery}, {@code
 * cancel-recovery}, {@code finalize-recovery}, {@code freeze}, {@code unfreeze}; also the request
 * of the per-account queries.
 */
public record AccountTarget(AccountId account) {
  public static final int TYPE_TAG = 0x0913;

  public static final Codec<AccountTarget> CODEC =
      new Codec<>() {
        @Override
        public void encode(AccountTarget b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(b.account, out);
        }

        @Override
        public AccountTarget decode(CanonicalReader in) {
          in.header("accountTarget", TYPE_TAG, 1);
          return new AccountTarget(AccountId.CODEC.decode(in));
        }
      };
}
