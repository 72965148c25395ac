package org.silkchain.consensus.statemachine;

/** The engine's timers: the three of the paper, and the retransmission tick. */
public enum TimeoutKind {
  PROPOSE,
  PREVOTE,
  PRECOMMIT,
  /**
   * Resend this node's own messages of the current round. The paper assumes gossip that eventually
   * delivers every message sent before GST; resending is how the engine provides that over a lossy
   * network.
   */
  REBROADCAST
}
