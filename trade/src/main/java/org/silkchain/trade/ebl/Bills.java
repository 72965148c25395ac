package org.silkchain.trade.ebl;

import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.state.StateAccess;

/**
 * The electronic bills of lading's Java API for other modules (CONTRACT: implemented by the eBL
 * work). Letters of credit use it to take a presented bill under their control and to release it on
 * settlement or refusal, in the same transaction as the money moves.
 */
public final class Bills {
  private Bills() {}

  /** The bill's current holder (exclusive control), or {@code ebl.NOT_FOUND}. */
  public static AccountId holder(StateAccess state, Hash billId) {
    throw new UnsupportedOperationException("contract: implemented by the eBL work");
  }

  /**
   * Moves exclusive control of a live (issued, not surrendered or void) bill from {@code
   * expectedHolder} to {@code newHolder} on behalf of {@code module} (a transfer the holder
   * consented to in the action that calls this), recording {@code reason} in the chain of holders;
   * refuses with {@code ebl.NOT_HOLDER} if the holder is someone else and {@code ebl.NOT_ACTIVE} if
   * the bill is surrendered or void. Emits {@code ebl/transferred}.
   */
  public static void transferByModule(
      ExecutionContext ctx,
      Hash billId,
      AccountId expectedHolder,
      AccountId newHolder,
      String module,
      String reason) {
    throw new UnsupportedOperationException("contract: implemented by the eBL work");
  }
}
