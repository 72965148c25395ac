package org.silkchain.runtime.account;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/** Where accounts live in state, and how to read one (for the node's mempool too). */
public final class Accounts {
  public static final String NAMESPACE = "account";

  private Accounts() {}

  public static Bytes key(AccountId id) {
    return StateKey.of(NAMESPACE, StateKey.part(id));
  }

  public static Optional<AccountRecord> read(StateAccess state, AccountId id) {
    return state.read(key(id), AccountRecord.CODEC);
  }

  public static Bytes encode(AccountRecord account) {
    return AccountRecord.CODEC.encode(account);
  }
}
