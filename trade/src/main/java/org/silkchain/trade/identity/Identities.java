package org.silkchain.trade.identity;

import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * The identity module's state layout and its read API for other modules:
 *
 * <ul>
 *   <li>{@code identity/member/<account hex>}: {@link Member}
 *   <li>{@code identity/customer/<account hex>}: {@link Customer}
 *   <li>{@code identity/guardians/<account hex>}: {@link Guardians}
 *   <li>{@code identity/recovery/<account hex>}: {@link Recovery} (pending)
 * </ul>
 */
public final class Identities {
  private Identities() {}

  public static Bytes memberKey(AccountId account) {
    return StateKey.of(IdentityModule.NAME, "member", StateKey.part(account));
  }

  public static Bytes customerKey(AccountId account) {
    return StateKey.of(IdentityModule.NAME, "customer", StateKey.part(account));
  }

  public static Bytes guardiansKey(AccountId account) {
    return StateKey.of(IdentityModule.NAME, "guardians", StateKey.part(account));
  }

  public static Bytes recoveryKey(AccountId account) {
    return StateKey.of(IdentityModule.NAME, "recovery", StateKey.part(account));
  }

  public static Optional<Member> member(StateAccess state, AccountId account) {
    return state.read(memberKey(account), Member.CODEC);
  }

  public static Optional<Customer> customer(StateAccess state, AccountId account) {
    return state.read(customerKey(account), Customer.CODEC);
  }

  /**
   * The id of the customer account {@code bank} opens for {@code keys}: {@code AccountId.derive}
   * over the bank's id and the key set, so two banks can open accounts for the same keys.
   */
  public static AccountId customerAccountId(
      HashFunction hash, AccountId bank, List<PublicKey> keys) {
    CanonicalWriter record = new CanonicalWriter().raw(Bytes.utf8("customer\0"));
    AccountId.CODEC.encode(bank, record);
    record.set(keys, PublicKey.CODEC);
    return AccountId.derive(hash, record.toBytes());
  }
}
