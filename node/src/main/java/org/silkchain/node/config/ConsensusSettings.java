package org.silkchain.node.config;

import org.silkchain.consensus.statemachine.TimeoutConfig;

/**
 * Consensus timing of one node ({@code consensus:} in node.yaml).
 *
 * @param blockIntervalMs the proposer waits until this long after the last commit before building
 *     its block, so an idle chain does not spin (must stay well below {@code timeoutProposeMs})
 */
public record ConsensusSettings(
    long timeoutProposeMs,
    long timeoutProposeDeltaMs,
    long timeoutPrevoteMs,
    long timeoutPrevoteDeltaMs,
    long timeoutPrecommitMs,
    long timeoutPrecommitDeltaMs,
    long rebroadcastMs,
    long blockIntervalMs,
    int maxBlockBytes) {
  public static final ConsensusSettings DEFAULTS =
      new ConsensusSettings(2000, 500, 1000, 500, 1000, 500, 1000, 300, 4 * 1024 * 1024);

  public ConsensusSettings {
    if (blockIntervalMs < 0 || maxBlockBytes < 64 * 1024) {
      throw new IllegalArgumentException(
          "consensus: blockIntervalMs must be >= 0 and maxBlockBytes >= 65536");
    }
    new TimeoutConfig( // validates; fields are not assigned yet in a compact constructor
        timeoutProposeMs,
        timeoutProposeDeltaMs,
        timeoutPrevoteMs,
        timeoutPrevoteDeltaMs,
        timeoutPrecommitMs,
        timeoutPrecommitDeltaMs,
        rebroadcastMs);
  }

  public TimeoutConfig timeouts() {
    return new TimeoutConfig(
        timeoutProposeMs,
        timeoutProposeDeltaMs,
        timeoutPrevoteMs,
        timeoutPrevoteDeltaMs,
        timeoutPrecommitMs,
        timeoutPrecommitDeltaMs,
        rebroadcastMs);
  }
}
