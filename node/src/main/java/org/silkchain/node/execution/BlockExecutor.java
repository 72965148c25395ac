package org.silkchain.node.execution;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.state.tree.StateTree;

/**
 * Runs a block's transactions through the {@link TransactionExecutor} on top of the committed state
 * of the parent (state version {@code height - 1}) and computes the new state version {@code
 * height}. Deterministic. Reads only; the caller stores the delta with the block.
 */
public final class BlockExecutor {
  private final StateTree tree;
  private final TransactionExecutor executor;
  private final HashFunction hash;

  /** A transaction that may not be in a block at this height, and why. */
  public record Invalid(int index, TxOutcome.Rejected rejection) {}

  /** Either the executed block or the first transaction that makes it invalid. */
  public record Outcome(ExecutedBlock executed, Invalid invalid) {
    public boolean isValid() {
      return executed != null;
    }
  }

  public BlockExecutor(StateTree tree, TransactionExecutor executor, HashFunction hash) {
    this.tree = tree;
    this.executor = executor;
    this.hash = hash;
  }

  /** Executes every transaction; a block with one that is rejected is invalid as a whole. */
  public Outcome execute(long height, List<SignedTransaction> txs) {
    WorkingState state = newState(height);
    List<ResultCode> results = new ArrayList<>(txs.size());
    for (int i = 0; i < txs.size(); i++) {
      switch (executor.execute(state, txs.get(i), height)) {
        case TxOutcome.Rejected r -> {
          return new Outcome(null, new Invalid(i, r));
        }
        case TxOutcome.Executed e -> results.add(e.result());
      }
    }
    return new Outcome(finish(height, txs, results, state), null);
  }

  /**
   * The proposer's selection: takes {@code candidates} in order, skipping those that cannot execute
   * at this height, until the next would exceed {@code maxBytes} of transaction encodings or the
   * block's transaction limit.
   */
  public ExecutedBlock select(long height, List<SignedTransaction> candidates, long maxBytes) {
    WorkingState state = newState(height);
    List<SignedTransaction> chosen = new ArrayList<>();
    List<ResultCode> results = new ArrayList<>();
    long bytes = 0;
    for (SignedTransaction tx : candidates) {
      if (chosen.size() == Block.MAX_TRANSACTIONS) {
        break;
      }
      long size = tx.encode().size();
      if (bytes + size > maxBytes) {
        break;
      }
      if (executor.execute(state, tx, height) instanceof TxOutcome.Executed e) {
        chosen.add(tx);
        results.add(e.result());
        bytes += size;
      }
    }
    return finish(height, chosen, results, state);
  }

  private WorkingState newState(long height) {
    long base = height - 1;
    return new WorkingState(key -> tree.get(key, base));
  }

  private ExecutedBlock finish(
      long height, List<SignedTransaction> txs, List<ResultCode> codes, WorkingState state) {
    BlockResults results = new BlockResults(codes);
    if (!codes.isEmpty()) {
      state.put(StateKeys.results(height), BlockResults.CODEC.encode(results));
    }
    return new ExecutedBlock(
        height,
        txs,
        results,
        results.root(hash),
        tree.apply(height - 1, height, new java.util.TreeMap<>(state.changes())));
  }
}
