package org.silkchain.consensus.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.signing.Signer;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.consensus.signing.SigningStep;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.Signature;

/**
 * Collects the actions of one {@code handle} call and is the only place that signs.
 *
 * <p>Invariant: whenever a signature is produced for a step after the last signed one, a {@link
 * ConsensusAction.PersistSigningState} carrying the new state is appended <em>before</em> the
 * signature can reach any {@link ConsensusAction.Broadcast}, because the caller can only broadcast
 * after {@link #sign} returned. A signature the durable state forbids is never produced.
 */
final class Outbox {
  private final Signer signer;
  private List<ConsensusAction> actions = new ArrayList<>();
  private SigningState signingState;
  private long refusals;

  Outbox(Signer signer, SigningState restored) {
    this.signer = signer;
    this.signingState = restored;
  }

  void add(ConsensusAction action) {
    actions.add(action);
  }

  void broadcast(ConsensusMessage message) {
    actions.add(new ConsensusAction.Broadcast(message));
  }

  void schedule(TimeoutKind kind, long height, int round, long delay) {
    actions.add(new ConsensusAction.ScheduleTimeout(kind, height, round, delay));
  }

  List<ConsensusAction> drain() {
    List<ConsensusAction> out = List.copyOf(actions);
    actions = new ArrayList<>();
    return out;
  }

  SigningState signingState() {
    return signingState;
  }

  long refusals() {
    return refusals;
  }

  /** True if the durable state shows this step (or a later one) was already signed. */
  boolean alreadySigned(long height, int round, SigningStep step) {
    return signingState.check(height, round, step, Optional.empty()) != SigningState.Verdict.SIGN;
  }

  /**
   * Signs {@code signBytes} for {@code value} at {@code (height, round, step)} if the signing state
   * allows it, recording the lock the caller holds now. Empty when refused.
   */
  Optional<Signature> sign(
      long height,
      int round,
      SigningStep step,
      Optional<Hash> value,
      Bytes signBytes,
      int lockedRound,
      Optional<Hash> lockedValue) {
    switch (signingState.check(height, round, step, value)) {
      case REFUSE -> {
        refusals++;
        return Optional.empty();
      }
      case SIGN -> {
        signingState = signingState.next(height, round, step, value, lockedRound, lockedValue);
        actions.add(new ConsensusAction.PersistSigningState(signingState));
      }
      case SAME_AS_LAST -> {
        // Re-signing the identical payload (after a restart) cannot conflict.
      }
    }
    return Optional.of(signer.sign(signBytes));
  }
}
