package org.silkchain.node.execution;

import java.util.List;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.state.store.StateDelta;

/**
 * Transactions executed on top of the parent state: their results, and the state delta to store
 * with the block ({@code delta.root()} is the block's state root).
 */
public record ExecutedBlock(
    long height,
    List<SignedTransaction> transactions,
    BlockResults results,
    Hash resultsRoot,
    StateDelta delta) {
  public ExecutedBlock {
    transactions = List.copyOf(transactions);
  }

  public Hash stateRoot() {
    return delta.root();
  }
}
