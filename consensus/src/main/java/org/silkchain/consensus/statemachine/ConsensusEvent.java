package org.silkchain.consensus.statemachine;

import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.application.ProposalVerdict;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.crypto.Hash;

/**
 * Every input of the engine: received messages, expired timers and the application's answers. The
 * engine's output for an event depends only on the event and the engine's state, so a recorded
 * sequence of events replays to the same actions.
 */
public sealed interface ConsensusEvent {
  /** Begin (or, after a restart, resume) at the engine's start height. Handled once. */
  record Start() implements ConsensusEvent {}

  record ProposalReceived(ProposalMessage message) implements ConsensusEvent {}

  record VoteReceived(SignedVote vote) implements ConsensusEvent {}

  record DecisionReceived(DecisionMessage message) implements ConsensusEvent {}

  /** A timer set by a {@link ConsensusAction.ScheduleTimeout} went off. */
  record TimeoutExpired(TimeoutKind kind, long height, int round) implements ConsensusEvent {}

  /** The application's answer to {@link ConsensusAction.RequestProposal}. */
  record ProposalPrepared(long height, int round, Bytes block) implements ConsensusEvent {}

  /** The application's answer to {@link ConsensusAction.ValidateProposal}. */
  record ProposalValidated(long height, Hash valueHash, ProposalVerdict verdict)
      implements ConsensusEvent {}

  /** The application finished {@link ConsensusAction.Decide}: executed and committed. */
  record BlockFinalized(long height, FinalizeResult result) implements ConsensusEvent {}

  /** The event for a message that arrived from the network. */
  static ConsensusEvent received(ConsensusMessage message) {
    return switch (message) {
      case ProposalMessage p -> new ProposalReceived(p);
      case SignedVote v -> new VoteReceived(v);
      case DecisionMessage d -> new DecisionReceived(d);
    };
  }
}
