package org.silkchain.consensus.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silkchain.consensus.testing.ScriptedEngine.of;
import static org.silkchain.consensus.testing.ScriptedEngine.onlyVote;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.certificate.CommitCertificates;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.consensus.testing.ScriptedEngine;
import org.silkchain.consensus.validation.RejectReason;
import org.silkchain.consensus.validator.ValidatorUpdate;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.CommitCertificate;

/** Restarts, evidence, catching up and validator changes. */
class RecoveryTest {
  private final Fixture fx = Fixture.of(4);
  private final Bytes blockV = Fixture.block("value v");
  private final Bytes blockW = Fixture.block("value w");
  private final Hash v = fx.id(blockV);
  private final Hash w = fx.id(blockW);

  private int me() {
    return IntStream.range(0, 4)
        .filter(i -> i != fx.proposer(1, 0) && i != fx.proposer(1, 1))
        .findFirst()
        .orElseThrow();
  }

  private int[] others(int me) {
    return IntStream.range(0, 4).filter(i -> i != me).toArray();
  }

  /** Runs a validator to a precommit for v in round 0 and returns its last persisted state. */
  private SigningState precommittedV(int me) {
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(fx.proposal(1, 0, blockV, -1));
    e.deliver(fx.prevote(o[0], 1, 0, Optional.of(v)), fx.prevote(o[1], 1, 0, Optional.of(v)));
    List<ConsensusAction.PersistSigningState> persisted =
        of(e.all, ConsensusAction.PersistSigningState.class);
    return persisted.get(persisted.size() - 1).state();
  }

  @Test
  void aRestartedValidatorResumesItsRoundLockAndVotes() {
    int me = me();
    SigningState durable = precommittedV(me);
    ScriptedEngine e =
        new ScriptedEngine(new TendermintEngine(fx.config, fx.schedule, fx.signer(me), durable, 1));
    List<ConsensusAction> out = e.start();
    assertThat(e.engine.round()).isZero();
    assertThat(e.engine.step()).isEqualTo(Step.PRECOMMIT);
    assertThat(e.engine.lockedValue()).contains(v);
    // The same prevote and precommit again, with nothing new to persist.
    assertThat(onlyVote(out, VoteType.PREVOTE).orElseThrow().payload().value()).contains(v);
    assertThat(onlyVote(out, VoteType.PRECOMMIT).orElseThrow().payload().value()).contains(v);
    assertThat(of(out, ConsensusAction.PersistSigningState.class)).isEmpty();

    // The lock survived the restart: a fresh w in round 1 gets a nil prevote.
    int[] o = others(me);
    e.deliver(
        fx.precommit(o[0], 1, 0, Optional.empty()), fx.precommit(o[1], 1, 0, Optional.empty()));
    e.timeout(TimeoutKind.PRECOMMIT, 1, 0);
    e.deliver(fx.proposal(1, 1, blockW, -1));
    assertThat(onlyVote(e.last, VoteType.PREVOTE).orElseThrow().payload().isNil()).isTrue();
  }

  @Test
  void withoutItsSigningStateARestartedValidatorWouldEquivocate() {
    int me = me();
    SigningState durable = precommittedV(me);
    // An equivocating proposer now shows w for round 0.
    var equivocation = fx.proposal(1, 0, blockW, -1);

    ScriptedEngine amnesiac = new ScriptedEngine(fx.engine(me));
    amnesiac.start();
    amnesiac.deliver(equivocation);
    SignedVote conflicting = onlyVote(amnesiac.last, VoteType.PREVOTE).orElseThrow();
    assertThat(conflicting.payload().value()).contains(w);

    ScriptedEngine durableEngine =
        new ScriptedEngine(new TendermintEngine(fx.config, fx.schedule, fx.signer(me), durable, 1));
    durableEngine.start();
    durableEngine.deliver(equivocation);
    assertThat(ScriptedEngine.votes(durableEngine.all, VoteType.PREVOTE))
        .allMatch(p -> p.payload().value().equals(Optional.of(v)));
  }

  @Test
  void conflictingVotesBecomeEvidenceOnce() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(fx.prevote(o[0], 1, 0, Optional.of(v)));
    List<ConsensusAction> out = e.deliver(fx.prevote(o[0], 1, 0, Optional.empty()));
    assertThat(of(out, ConsensusAction.ReportEvidence.class)).hasSize(1);
    e.deliver(fx.prevote(o[0], 1, 0, Optional.of(w)));
    assertThat(e.engine.evidence().against(fx.pub(o[0]))).hasSize(1);
    assertThat(e.engine.rejections()).containsEntry(RejectReason.CONFLICTING, 2L);
  }

  @Test
  void anEquivocatorsVotesCountForEachValueTheyNamed() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(fx.proposal(1, 0, blockV, -1));
    // o[0] first prevotes nil, then v: its v prevote still completes the polka for v.
    e.deliver(fx.prevote(o[0], 1, 0, Optional.empty()));
    e.deliver(fx.prevote(o[1], 1, 0, Optional.of(v)));
    assertThat(e.engine.lockedRound()).isEqualTo(-1);
    e.deliver(fx.prevote(o[0], 1, 0, Optional.of(v)));
    assertThat(e.engine.lockedValue()).contains(v);
  }

  private CommitCertificate certificate(long height, Hash value, int... signers) {
    return CommitCertificates.fromPrecommits(
        height,
        0,
        value,
        IntStream.of(signers)
            .mapToObj(i -> fx.precommit(i, height, 0, Optional.of(value)))
            .toList());
  }

  @Test
  void aCertifiedDecisionIsAdoptedAndAForgedOneIsNot() {
    int me = me();
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(new DecisionMessage(blockV, certificate(1, v, 0, 1)));
    assertThat(of(e.last, ConsensusAction.Decide.class)).isEmpty();
    assertThat(e.engine.rejections()).containsEntry(RejectReason.INSUFFICIENT_POWER, 1L);
    e.deliver(new DecisionMessage(blockW, certificate(1, v, 0, 1, 2)));
    assertThat(e.engine.rejections()).containsEntry(RejectReason.VALUE_MISMATCH, 1L);
    List<ConsensusAction> out = e.deliver(new DecisionMessage(blockV, certificate(1, v, 0, 1, 2)));
    assertThat(of(out, ConsensusAction.Decide.class))
        .singleElement()
        .satisfies(d -> assertThat(d.block()).isEqualTo(blockV));
  }

  @Test
  void decisionsForLaterHeightsWaitForTheirTurn() {
    int me = me();
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(new DecisionMessage(blockW, certificate(2, w, 0, 1, 3)));
    assertThat(of(e.last, ConsensusAction.Decide.class)).isEmpty();
    e.deliver(new DecisionMessage(blockV, certificate(1, v, 0, 1, 2)));
    List<ConsensusAction> out = e.finalized(1);
    assertThat(of(out, ConsensusAction.Decide.class))
        .singleElement()
        .satisfies(d -> assertThat(d.height()).isEqualTo(2));
  }

  @Test
  void aValidatorSeenAtAnOlderHeightIsSentTheDecisionsOncePerTick() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(new DecisionMessage(blockV, certificate(1, v, 0, 1, 2)));
    e.finalized(1);
    assertThat(e.engine.height()).isEqualTo(2);
    // Late votes for the height just decided are normal: no answer before a tick passed.
    assertThat(
            of(
                e.deliver(fx.prevote(o[0], 1, 2, Optional.empty())),
                ConsensusAction.SendDecisions.class))
        .isEmpty();
    e.timeout(TimeoutKind.REBROADCAST, 2, 0);
    List<ConsensusAction> out = e.deliver(fx.prevote(o[0], 1, 3, Optional.empty()));
    assertThat(of(out, ConsensusAction.SendDecisions.class))
        .containsExactly(new ConsensusAction.SendDecisions(fx.pub(o[0]), 1));
    assertThat(
            of(
                e.deliver(fx.prevote(o[0], 1, 4, Optional.empty())),
                ConsensusAction.SendDecisions.class))
        .isEmpty();
    e.timeout(TimeoutKind.REBROADCAST, 2, 0);
    assertThat(
            of(
                e.deliver(fx.prevote(o[0], 1, 4, Optional.empty())),
                ConsensusAction.SendDecisions.class))
        .hasSize(1);
  }

  @Test
  void messagesForTheNextHeightAreKeptUntilItStarts() {
    int me = me();
    int[] o = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(new DecisionMessage(blockV, certificate(1, v, 0, 1, 2)));
    assertThat(e.engine.step()).isEqualTo(Step.FINALIZING);
    e.deliver(fx.prevote(o[0], 2, 0, Optional.empty()), fx.prevote(o[1], 2, 0, Optional.empty()));
    e.finalized(1);
    // Our own nil prevote completes 2f + 1 nil prevotes: precommit nil at once.
    e.timeout(TimeoutKind.PROPOSE, 2, 0);
    assertThat(onlyVote(e.last, VoteType.PRECOMMIT).orElseThrow().payload().isNil()).isTrue();
  }

  @Test
  void aValidatorAddedAtHeightOneVotesFromHeightThree() {
    int me = me();
    var newcomer = Fixture.outsider();
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(new DecisionMessage(blockV, certificate(1, v, 0, 1, 2)));
    e.handle(
        new ConsensusEvent.BlockFinalized(
            1,
            new FinalizeResult(Hash.ZERO, List.of(new ValidatorUpdate(newcomer.publicKey(), 1)))));
    SignedVote early = fx.vote(newcomer, 2, 0, VoteType.PREVOTE, Optional.empty(), Fixture.CHAIN);
    e.deliver(early);
    assertThat(e.engine.rejections()).containsEntry(RejectReason.NOT_A_VALIDATOR, 1L);
    e.deliver(new DecisionMessage(blockW, certificate(2, w, 0, 1, 2)));
    e.finalized(2);
    assertThat(e.engine.height()).isEqualTo(3);
    assertThat(e.engine.schedule().setAt(3).totalPower()).isEqualTo(5);
    e.deliver(fx.vote(newcomer, 3, 0, VoteType.PREVOTE, Optional.empty(), Fixture.CHAIN));
    assertThat(e.engine.rejections()).containsEntry(RejectReason.NOT_A_VALIDATOR, 1L);
    // Three of five is no longer a quorum at height 3.
    assertThat(e.engine.describe()).contains("of 5");
  }
}
