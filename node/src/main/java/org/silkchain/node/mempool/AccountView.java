package org.silkchain.node.mempool;

import java.util.Optional;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.node.execution.Account;

/** The committed state as the mempool needs it. Implementations are thread-safe. */
public interface AccountView {
  /** The account as of the last committed block. */
  Optional<Account> account(AccountId id);

  /** The height of the next block (last committed + 1). */
  long nextHeight();
}
