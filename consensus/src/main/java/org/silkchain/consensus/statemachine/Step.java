package org.silkchain.consensus.statemachine;

/** Where a node is within the current round ({@code step_p}), plus waiting for finalization. */
public enum Step {
  PROPOSE,
  PREVOTE,
  PRECOMMIT,
  /** Decided; waiting for the application to finalize before moving to the next height. */
  FINALIZING
}
