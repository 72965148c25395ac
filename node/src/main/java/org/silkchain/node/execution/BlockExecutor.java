package org.silkchain.node.execution;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.runtime.execution.BlockExecution;
import org.silkchain.runtime.execution.BlockInfo;
import org.silkchain.runtime.execution.BlockOutcome;
import org.silkchain.runtime.execution.BlockResult;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.state.tree.StateTree;

/**
 * Runs a block's transactions through the execution {@link Runtime} on top of the committed state
 * of the parent (state version {@code height - 1}) and computes the new state version {@code
 * height}. Deterministic: a function of the parent state, the transactions, the height and the
 * header's timestamp. Reads only; the caller stores the delta with the block.
 */
public final class BlockExecutor {
  private final StateTree tree;
  private final Runtime runtime;
  private final HashFunction hash;

  /** Either the executed block or the first transaction that makes it invalid. */
  public record Outcome(ExecutedBlock executed, BlockOutcome.Invalid invalid) {
    public boolean isValid() {
      return executed != null;
    }
  }

  public BlockExecutor(StateTree tree, Runtime runtime) {
    this.tree = tree;
    this.runtime = runtime;
    this.hash = runtime.hash();
  }

  public Runtime runtime() {
    return runtime;
  }

  /** Executes every transaction; a block with one that is invalid is invalid as a whole. */
  public Outcome execute(long height, long timeMillis, List<SignedTransaction> txs) {
    return switch (runtime.executeBlock(
        parentState(height), txs, new BlockInfo(height, timeMillis))) {
      case BlockOutcome.Invalid invalid -> new Outcome(null, invalid);
      case BlockOutcome.Valid valid -> new Outcome(finish(height, txs, valid.result()), null);
    };
  }

  /**
   * The proposer's selection: takes {@code candidates} in order, skipping those that cannot execute
   * at this height, until the next would exceed {@code maxBytes} of transaction encodings or the
   * block's transaction limit.
   */
  public ExecutedBlock select(
      long height, long timeMillis, List<SignedTransaction> candidates, long maxBytes) {
    BlockExecution execution =
        runtime.startBlock(parentState(height), new BlockInfo(height, timeMillis));
    List<SignedTransaction> chosen = new ArrayList<>();
    long bytes = 0;
    for (SignedTransaction tx : candidates) {
      if (chosen.size() == Block.MAX_TRANSACTIONS) {
        break;
      }
      long size = tx.encode().size();
      if (bytes + size > maxBytes) {
        break;
      }
      if (execution.add(tx) instanceof TxResult.Executed) {
        chosen.add(tx);
        bytes += size;
      }
    }
    return finish(height, chosen, execution.finish());
  }

  private StateAccess parentState(long height) {
    long base = height - 1;
    return key -> tree.get(key, base);
  }

  private ExecutedBlock finish(long height, List<SignedTransaction> txs, BlockResult result) {
    return new ExecutedBlock(
        height,
        txs,
        result.receipts(),
        ExecutedBlock.resultsRoot(hash, result.receipts()),
        tree.apply(height - 1, height, result.writes()));
  }
}
