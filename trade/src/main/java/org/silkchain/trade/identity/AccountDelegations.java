package org.silkchain.trade.identity;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.runtime.account.Delegation;
import org.silkchain.runtime.account.Delegations;

/**
 * Answer of the {@code identity/delegations} query: the session keys an account delegated, as
 * stored (an expired one stays listed until the account delegates again, which prunes it), in key
 * order.
 */
public record AccountDelegations(List<Delegation> delegations) {
  public static final int TYPE_TAG = 0x0944;

  public static final Codec<AccountDelegations> CODEC =
      new Codec<>() {
        @Override
        public void encode(AccountDelegations a, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).list(a.delegations, Delegation.CODEC);
        }

        @Override
        public AccountDelegations decode(CanonicalReader in) {
          in.header("accountDelegations", TYPE_TAG, 1);
          return new AccountDelegations(
              in.list("delegations", Delegations.MAX_PER_ACCOUNT, Delegation.CODEC));
        }
      };

  public AccountDelegations {
    delegations = List.copyOf(delegations);
  }
}
