package org.silkchain.node.mempool;

import java.util.Optional;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.state.StateAccess;

/** The committed state as the mempool needs it. Implementations are thread-safe. */
public interface AccountView {
  /** The state as of the last committed block (one version, for the whole of one admission). */
  StateAccess committedState();

  /**
   * The last committed block's time (Unix ms): what delegated session keys' expiry is checked
   * against on admission.
   */
  long committedTimeMillis();

  /** The height of the next block (last committed + 1). */
  long nextHeight();

  /** The account as of the last committed block. */
  default Optional<AccountRecord> account(AccountId id) {
    return Accounts.read(committedState(), id);
  }
}
