package org.silkchain.node.application;

/** Why {@link LedgerApplication#check} judged a proposed block invalid; stable names. */
public enum ProposalCheck {
  ACCEPTED,
  /** Not a canonical block encoding. */
  MALFORMED,
  /** Header height is not the height being decided. */
  WRONG_HEIGHT,
  /** Header names another chain. */
  WRONG_CHAIN,
  /** Previous hash is not our tip. */
  WRONG_PARENT,
  /** The parent commit does not prove our tip (signers, power, signatures). */
  BAD_PARENT_COMMIT,
  /** The validator set hash is not the height's set. */
  WRONG_VALIDATOR_SET,
  /** The header's proposer is not a validator of the height. */
  WRONG_PROPOSER,
  /** Timestamp not after the parent's. */
  TIMESTAMP_NOT_INCREASING,
  /** {@code Block.verifyStructure} found a problem. */
  BAD_STRUCTURE,
  /** A transaction cannot execute at this height (nonce, signature, account, window). */
  INVALID_TRANSACTION,
  /** Re-execution gives another state root than the header's. */
  STATE_ROOT_MISMATCH,
  /** Re-execution gives other results than the header's results root. */
  RESULTS_ROOT_MISMATCH
}
