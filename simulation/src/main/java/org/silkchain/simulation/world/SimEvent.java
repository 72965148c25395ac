package org.silkchain.simulation.world;

import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.statemachine.TimeoutKind;

/** What the simulated world schedules on its virtual clock. */
sealed interface SimEvent {
  /** A message reaches {@code to}. */
  record Deliver(int to, int from, ConsensusMessage message) implements SimEvent {}

  /** An engine timer; ignored if the node restarted since it was set. */
  record Timer(int node, int incarnation, TimeoutKind kind, long height, int round)
      implements SimEvent {}

  /** The node starts, or restarts from its durable state. */
  record Boot(int node) implements SimEvent {}

  /**
   * The node crashes, losing all but its durable state: at once, or (midStep) partway through the
   * action list of the next event it handles, after {@code afterActions} actions.
   */
  record Crash(int node, boolean midStep, int afterActions) implements SimEvent {}

  /** The network splits into the scenario's two sides. */
  record Partition() implements SimEvent {}

  /** The partition heals. */
  record Heal() implements SimEvent {}
}
