package org.silkchain.consensus.application;

import org.silkchain.codec.Bytes;
import org.silkchain.ledger.block.CommitCertificate;

/**
 * What consensus needs from the replicated application, shaped like Tendermint's ABCI++. Consensus
 * never looks inside a block: it orders opaque byte strings identified by a {@link ValueHasher}.
 *
 * <p>The engine is a pure state machine, so it does not call this interface itself. It emits {@code
 * RequestProposal}, {@code ValidateProposal} and {@code Decide} actions; the driver calls the
 * matching method here and feeds the answer back as an event ({@code ProposalPrepared}, {@code
 * ProposalValidated}, {@code BlockFinalized}). {@link ApplicationBridge} does exactly that.
 *
 * <p>Determinism: {@link #processProposal}, {@link #finalizeBlock} and {@link #commit} must be
 * deterministic functions of the committed chain and their arguments: every honest node must give
 * the same answer, or honest nodes disagree on validity (stalling consensus) or on state roots.
 * {@link #prepareProposal} need not be: the proposer may pick any transactions, in any order.
 */
public interface Application {
  /**
   * Builds the block this node proposes at {@code height}: typically transactions from the mempool
   * on top of the last committed block. May be non-deterministic. Must return at most {@code
   * maxBlockBytes} bytes.
   */
  Bytes prepareProposal(long height, int maxBlockBytes);

  /**
   * Judges a block proposed by someone else (or decided in an earlier round). Deterministic. A
   * rejection makes this node prevote nil.
   */
  ProposalVerdict processProposal(long height, Bytes block);

  /**
   * Executes a decided block. Deterministic. Returns the resulting state root and any validator
   * changes, which take effect at {@code height + ValidatorSchedule.ACTIVATION_DELAY}.
   */
  FinalizeResult finalizeBlock(long height, Bytes block, CommitCertificate certificate);

  /** Makes the effects of {@link #finalizeBlock} for {@code height} durable. Deterministic. */
  void commit(long height);
}
