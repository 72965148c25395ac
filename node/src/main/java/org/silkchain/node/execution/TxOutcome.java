package org.silkchain.node.execution;

/** What executing one transaction against a state gave. */
public sealed interface TxOutcome {
  /** The transaction may not be in a block at this height; it changed nothing. */
  record Rejected(RejectionCode code, String detail) implements TxOutcome {}

  /** Executed (the nonce is consumed whatever the result). */
  record Executed(ResultCode result) implements TxOutcome {}
}
