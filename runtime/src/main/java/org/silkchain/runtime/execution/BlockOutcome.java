package org.silkchain.runtime.execution;

/** A block's execution, or why it cannot be executed. */
public sealed interface BlockOutcome {
  record Valid(BlockResult result) implements BlockOutcome {}

  /** Transaction {@code index} may not be in a block at this height, so neither may the block. */
  record Invalid(int index, TxResult.Invalid reason) implements BlockOutcome {}
}
