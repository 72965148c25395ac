package org.silkchain.consensus.statemachine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.consensus.evidence.EvidencePool;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.signing.Signer;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.consensus.signing.SigningStep;
import org.silkchain.consensus.validation.RejectReason;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.crypto.Hash;

/**
 * Tendermint consensus (Buchman, Kwon, Milosevic 2018, Algorithm 1) as a pure, deterministic state
 * machine: {@link #handle} takes one {@link ConsensusEvent} and returns the {@link
 * ConsensusAction}s to execute, in order. No I/O, clock, threads or randomness: timers, the
 * network, the application and durable storage are the driver's, reached only through actions and
 * events. The signer and the signature verifier are synchronous ports whose answers are functions
 * of their arguments. Not thread-safe: one driver thread calls it.
 *
 * <p>Restarting: build a new engine from what was durable (the last {@link SigningState} the driver
 * persisted, the validator schedule rebuilt from committed blocks, and the first uncommitted
 * height) and send it {@link ConsensusEvent.Start}. If the signing state belongs to that height,
 * the engine resumes in its round with its lock, and re-sends the identical vote it had signed.
 */
public final class TendermintEngine {
  private final Core c;
  private final RoundRules rules;
  private final MessageIntake intake;
  private final long startHeight;
  private boolean started;

  /**
   * @param restored the last signing state made durable ({@link SigningState#INITIAL} for a fresh
   *     validator)
   * @param startHeight the first height not yet committed
   */
  public TendermintEngine(
      EngineConfig config,
      ValidatorSchedule schedule,
      Signer signer,
      SigningState restored,
      long startHeight) {
    if (startHeight < 1) {
      throw new IllegalArgumentException("heights start at 1");
    }
    this.c = new Core(config, signer, new Outbox(signer, restored), schedule);
    this.rules = new RoundRules(c);
    this.intake = new MessageIntake(c);
    this.startHeight = startHeight;
    this.c.state = new HeightState(startHeight, schedule.setAt(startHeight));
  }

  /** Processes one event; returns the actions to execute in order. */
  public List<ConsensusAction> handle(ConsensusEvent event) {
    switch (event) {
      case ConsensusEvent.Start s -> start();
      case ConsensusEvent.ProposalReceived p -> intake.onProposal(p.message());
      case ConsensusEvent.VoteReceived v -> intake.onVote(v.vote());
      case ConsensusEvent.DecisionReceived d -> intake.onDecision(d.message());
      case ConsensusEvent.TimeoutExpired t -> rules.onTimeout(t);
      case ConsensusEvent.ProposalPrepared p -> rules.onPrepared(p);
      case ConsensusEvent.ProposalValidated v -> onValidated(v);
      case ConsensusEvent.BlockFinalized f -> onFinalized(f);
    }
    if (started) {
      rules.evaluate();
    }
    return c.out.drain();
  }

  private void start() {
    if (started) {
      return;
    }
    started = true;
    enterHeight(startHeight);
  }

  private void onValidated(ConsensusEvent.ProposalValidated v) {
    HeightState s = c.state;
    if (v.height() == s.height && s.validating.remove(v.valueHash())) {
      s.verdicts.put(v.valueHash(), v.verdict());
    }
  }

  private void onFinalized(ConsensusEvent.BlockFinalized f) {
    HeightState s = c.state;
    if (f.height() != s.height || s.step != Step.FINALIZING) {
      return;
    }
    c.schedule = c.schedule.afterFinalize(f.height(), f.result().validatorUpdates());
    enterHeight(s.height + 1);
  }

  private void enterHeight(long height) {
    HeightState s = new HeightState(height, c.schedule.setAt(height));
    c.state = s;
    c.servedThisTick.clear();
    Optional<DecisionMessage> decided = c.future.takeDecision(height);
    List<ConsensusMessage> early = c.future.drainNextHeight();
    if (decided.isPresent() && intake.adoptDecision(decided.get())) {
      return;
    }
    SigningState durable = c.out.signingState();
    if (durable.height() == height) {
      resume(durable);
    } else {
      rules.startRound(0);
    }
    for (ConsensusMessage m : early) {
      switch (m) {
        case ProposalMessage p -> intake.onProposal(p);
        case SignedVote v -> intake.onVote(v);
        case DecisionMessage d -> intake.onDecision(d);
      }
    }
  }

  /**
   * After a restart within a height: same round, same lock, and the same votes again (the round's
   * prevote and, if signed, its precommit), so peers that lost them before the crash get them.
   */
  private void resume(SigningState durable) {
    HeightState s = c.state;
    if (durable.lockedRound() >= 0) {
      s.lockedRound = durable.lockedRound();
      s.lockedValue = durable.lockedValue();
    }
    rules.startRound(durable.round());
    if (durable.prevoted()) {
      rules.vote(VoteType.PREVOTE, durable.prevote());
      s.step = Step.PREVOTE;
    }
    if (durable.step() == SigningStep.PRECOMMIT) {
      rules.vote(VoteType.PRECOMMIT, durable.value());
      s.step = Step.PRECOMMIT;
    }
  }

  // ---- Read-only views, for drivers, monitoring and tests ----

  public long height() {
    return c.state.height;
  }

  public int round() {
    return c.state.round;
  }

  public Step step() {
    return c.state.step;
  }

  public int lockedRound() {
    return c.state.lockedRound;
  }

  public Optional<Hash> lockedValue() {
    return c.state.lockedValue;
  }

  public int validRound() {
    return c.state.validRound;
  }

  public Optional<Hash> validValue() {
    return c.state.validValue;
  }

  public ValidatorSchedule schedule() {
    return c.schedule;
  }

  /** The signing state as of the last {@code PersistSigningState} this engine emitted. */
  public SigningState signingState() {
    return c.out.signingState();
  }

  /** Signatures the signing state refused (each would have been a conflicting signature). */
  public long signingRefusals() {
    return c.out.refusals();
  }

  public EvidencePool evidence() {
    return c.evidence;
  }

  /**
   * A one-line picture of the current height for diagnostics: round, step, lock, valid value and
   * the vote power of this round (prevotes, precommits) against the total.
   */
  public String describe() {
    HeightState s = c.state;
    return String.format(
        "h=%d r=%d %s locked=%d valid=%d proposal=%s prevotes=%d precommits=%d of %d",
        s.height,
        s.round,
        s.step,
        s.lockedRound,
        s.validRound,
        s.proposals.containsKey(s.round) ? "yes" : "no",
        s.votes.anyPower(s.round, VoteType.PREVOTE),
        s.votes.anyPower(s.round, VoteType.PRECOMMIT),
        s.validators.totalPower());
  }

  /** How many received messages were rejected, by reason. */
  public Map<RejectReason, Long> rejections() {
    return Map.copyOf(c.rejections);
  }
}
