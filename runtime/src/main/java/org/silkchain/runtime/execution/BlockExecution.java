package org.silkchain.runtime.execution;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.state.Overlay;
import org.silkchain.runtime.state.StateAccess;

/**
 * A block being executed one transaction at a time, each on the state the earlier ones left. A
 * proposer adds candidates and keeps those that execute; a validator uses {@link
 * Runtime#executeBlock}. Not thread-safe.
 */
public final class BlockExecution {
  private final Runtime runtime;
  private final BlockInfo block;
  private final Overlay state;
  private final List<Receipt> receipts = new ArrayList<>();

  BlockExecution(Runtime runtime, StateAccess base, BlockInfo block) {
    this.runtime = runtime;
    this.block = block;
    this.state = new Overlay(base);
  }

  /**
   * Executes {@code tx} as the next transaction. An executed one is applied and gets the next
   * index; an invalid one changes nothing and takes no index.
   */
  public TxResult add(SignedTransaction tx) {
    TxResult result = runtime.executeTransaction(state, tx, block, receipts.size());
    if (result instanceof TxResult.Executed executed) {
      state.applyAll(executed.writes());
      receipts.add(executed.receipt());
    }
    return result;
  }

  public int size() {
    return receipts.size();
  }

  /** The state as the transactions added so far left it. */
  public StateAccess state() {
    return state;
  }

  public BlockResult finish() {
    return new BlockResult(receipts, state.writes());
  }
}
