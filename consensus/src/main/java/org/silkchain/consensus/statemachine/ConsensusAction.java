package org.silkchain.consensus.statemachine;

import org.silkchain.codec.Bytes;
import org.silkchain.consensus.evidence.Evidence;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.block.CommitCertificate;

/**
 * Every output of the engine. The driver executes the actions of one {@code handle} call in list
 * order; the order matters for {@link PersistSigningState}, which always comes before the broadcast
 * of what was signed.
 */
public sealed interface ConsensusAction {
  /**
   * Make {@code state} durable (write and sync) before executing any later action. A driver that
   * cannot persist it must stop instead of sending: a lost signing record is how a restarted
   * validator comes to double-sign.
   */
  record PersistSigningState(SigningState state) implements ConsensusAction {}

  /** Send {@code message} to every peer. The engine has already taken it into account itself. */
  record Broadcast(ConsensusMessage message) implements ConsensusAction {}

  /** Send {@code message} to one validator only (votes for a peer lagging in rounds). */
  record SendTo(PublicKey peer, ConsensusMessage message) implements ConsensusAction {}

  /**
   * {@code peer} is behind: send it the stored decided blocks with their certificates, as {@code
   * DecisionMessage}s, from {@code fromHeight} on (a bounded batch).
   */
  record SendDecisions(PublicKey peer, long fromHeight) implements ConsensusAction {}

  /** Feed {@code TimeoutExpired(kind, height, round)} back after {@code delayMillis}. */
  record ScheduleTimeout(TimeoutKind kind, long height, int round, long delayMillis)
      implements ConsensusAction {}

  /** Ask the application for a block to propose; answer with {@code ProposalPrepared}. */
  record RequestProposal(long height, int round, int maxBlockBytes) implements ConsensusAction {}

  /** Ask the application to judge a block; answer with {@code ProposalValidated}. */
  record ValidateProposal(long height, Hash valueHash, Bytes block) implements ConsensusAction {}

  /**
   * {@code block} is decided at {@code height}: store it with its certificate (so it can be served
   * to lagging peers), have the application finalize and commit it, and answer with {@code
   * BlockFinalized}. Final: no later event undoes it.
   */
  record Decide(long height, int round, Bytes block, CommitCertificate certificate)
      implements ConsensusAction {}

  /** New evidence of equivocation, for logging and gossip; it is also in the engine's pool. */
  record ReportEvidence(Evidence evidence) implements ConsensusAction {}
}
