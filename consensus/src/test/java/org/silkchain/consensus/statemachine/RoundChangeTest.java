package org.silkchain.consensus.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silkchain.consensus.testing.ScriptedEngine.onlyVote;
import static org.silkchain.consensus.testing.ScriptedEngine.scheduled;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.consensus.testing.ScriptedEngine;
import org.silkchain.crypto.Hash;

/** Timeouts, round changes, locks and round skipping, with scripted messages (n = 4, f = 1). */
class RoundChangeTest {
  private final Fixture fx = Fixture.of(4);
  private final Bytes blockV = Fixture.block("value v");
  private final Bytes blockW = Fixture.block("value w");
  private final Hash v = fx.id(blockV);
  private final Hash w = fx.id(blockW);

  /** A validator that proposes neither round 0, 1 nor 2 of height 1. */
  private int me() {
    return IntStream.range(0, 4)
        .filter(i -> i != fx.proposer(1, 0) && i != fx.proposer(1, 1) && i != fx.proposer(1, 2))
        .findFirst()
        .orElseThrow();
  }

  private int[] others(int me) {
    return IntStream.range(0, 4).filter(i -> i != me).toArray();
  }

  @Test
  void proposeTimeoutPrevotesNilAndTheRoundMovesOnAfterPrecommitTimeout() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    List<?> out = e.timeout(TimeoutKind.PROPOSE, 1, 0);
    assertThat(onlyVote(e.last, VoteType.PREVOTE).orElseThrow().payload().isNil()).isTrue();
    assertThat(out).isNotEmpty();

    e.deliver(fx.prevote(o[0], 1, 0, Optional.empty()));
    e.deliver(fx.prevote(o[1], 1, 0, Optional.empty()));
    assertThat(onlyVote(e.last, VoteType.PRECOMMIT).orElseThrow().payload().isNil()).isTrue();
    assertThat(scheduled(e.last, TimeoutKind.PREVOTE)).isPresent();

    e.deliver(fx.precommit(o[0], 1, 0, Optional.empty()));
    e.deliver(fx.precommit(o[1], 1, 0, Optional.empty()));
    assertThat(scheduled(e.last, TimeoutKind.PRECOMMIT).orElseThrow().delayMillis()).isEqualTo(150);
    assertThat(e.engine.round()).isZero();

    e.timeout(TimeoutKind.PRECOMMIT, 1, 0);
    assertThat(e.engine.round()).isEqualTo(1);
    assertThat(e.engine.step()).isEqualTo(Step.PROPOSE);
    // Linear growth: 300 ms + 1 * 100 ms in round 1.
    assertThat(scheduled(e.last, TimeoutKind.PROPOSE).orElseThrow().delayMillis()).isEqualTo(400);
  }

  @Test
  void staleTimeoutsAreIgnored() {
    int me = me();
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    assertThat(e.timeout(TimeoutKind.PROPOSE, 1, 3)).isEmpty();
    assertThat(e.timeout(TimeoutKind.PREVOTE, 1, 0)).isEmpty();
    assertThat(e.timeout(TimeoutKind.PROPOSE, 2, 0)).isEmpty();
  }

  @Test
  void splitPrevotesStartTheTimeoutAndThenPrecommitNil() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(fx.proposal(1, 0, blockV, -1));
    e.deliver(fx.prevote(o[0], 1, 0, Optional.empty()), fx.prevote(o[1], 1, 0, Optional.of(w)));
    assertThat(scheduled(e.last, TimeoutKind.PREVOTE).orElseThrow().delayMillis()).isEqualTo(150);
    assertThat(e.engine.step()).isEqualTo(Step.PREVOTE);
    e.timeout(TimeoutKind.PREVOTE, 1, 0);
    assertThat(onlyVote(e.last, VoteType.PRECOMMIT).orElseThrow().payload().isNil()).isTrue();
    assertThat(e.engine.lockedRound()).isEqualTo(-1);
  }

  /** Locks on v in round 0, then goes to round 1. */
  private ScriptedEngine lockedOnV(int me) {
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(fx.proposal(1, 0, blockV, -1));
    e.deliver(fx.prevote(o[0], 1, 0, Optional.of(v)), fx.prevote(o[1], 1, 0, Optional.of(v)));
    assertThat(e.engine.lockedValue()).contains(v);
    e.deliver(
        fx.precommit(o[0], 1, 0, Optional.empty()), fx.precommit(o[1], 1, 0, Optional.empty()));
    e.timeout(TimeoutKind.PRECOMMIT, 1, 0);
    assertThat(e.engine.round()).isEqualTo(1);
    return e;
  }

  @Test
  void aLockedValidatorPrevotesNilForAFreshOtherValue() {
    ScriptedEngine e = lockedOnV(me());
    e.deliver(fx.proposal(1, 1, blockW, -1));
    assertThat(onlyVote(e.last, VoteType.PREVOTE).orElseThrow().payload().isNil()).isTrue();
  }

  @Test
  void aLockedValidatorPrevotesItsLockedValueAgain() {
    ScriptedEngine e = lockedOnV(me());
    e.deliver(fx.proposal(1, 1, blockV, 0));
    assertThat(onlyVote(e.last, VoteType.PREVOTE).orElseThrow().payload().value()).contains(v);
  }

  @Test
  void aPolkaInALaterRoundReleasesTheLock() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = lockedOnV(me);
    // Two validators (f + 1) are already in round 2: skip round 1 without seeing its votes.
    e.deliver(fx.prevote(o[0], 1, 2, Optional.empty()), fx.prevote(o[1], 1, 2, Optional.empty()));
    assertThat(e.engine.round()).isEqualTo(2);
    // Round 2 re-proposes w, claiming a polka in round 1 (after our lock in round 0).
    e.deliver(fx.proposal(1, 2, blockW, 1));
    assertThat(ScriptedEngine.votes(e.last, VoteType.PREVOTE)).as("polka not seen yet").isEmpty();
    e.deliver(
        fx.prevote(o[0], 1, 1, Optional.of(w)),
        fx.prevote(o[1], 1, 1, Optional.of(w)),
        fx.prevote(o[2], 1, 1, Optional.of(w)));
    assertThat(onlyVote(e.last, VoteType.PREVOTE).orElseThrow().payload().value()).contains(w);
    assertThat(e.engine.lockedRound()).as("still locked on v from round 0").isZero();
  }

  @Test
  void aReproposalWithAnOlderValidRoundThanTheLockIsRefused() {
    int me = me();
    ScriptedEngine e = lockedOnV(me);
    // Only v had a polka in round 0. A proposal claiming valid round 0 for w cannot be backed by
    // 2f + 1 prevotes, so the engine waits for the propose timeout and prevotes nil.
    e.deliver(fx.proposal(1, 1, blockW, 0));
    assertThat(ScriptedEngine.votes(e.last, VoteType.PREVOTE)).isEmpty();
    e.timeout(TimeoutKind.PROPOSE, 1, 1);
    assertThat(onlyVote(e.last, VoteType.PREVOTE).orElseThrow().payload().isNil()).isTrue();
  }

  @Test
  void fPlusOneValidatorsInAHigherRoundMakeItSkip() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(fx.prevote(o[0], 1, 5, Optional.empty()));
    assertThat(e.engine.round()).as("one validator is not f + 1").isZero();
    e.deliver(fx.precommit(o[1], 1, 5, Optional.empty()));
    assertThat(e.engine.round()).isEqualTo(5);
    assertThat(scheduled(e.last, TimeoutKind.PROPOSE).orElseThrow().delayMillis()).isEqualTo(800);
  }

  @Test
  void roundsBeyondTheStorageWindowStillCountForSkipping() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(
        fx.prevote(o[0], 1, 100, Optional.empty()), fx.prevote(o[1], 1, 200, Optional.empty()));
    assertThat(e.engine.rejections())
        .containsEntry(org.silkchain.consensus.validation.RejectReason.ROUND_TOO_FAR, 2L);
    assertThat(e.engine.round()).isEqualTo(100);
  }
}
