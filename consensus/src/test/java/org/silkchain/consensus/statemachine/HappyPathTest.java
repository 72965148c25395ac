package org.silkchain.consensus.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silkchain.consensus.testing.ScriptedEngine.of;
import static org.silkchain.consensus.testing.ScriptedEngine.onlyVote;
import static org.silkchain.consensus.testing.ScriptedEngine.proposals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.signing.SigningStep;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.consensus.testing.ScriptedEngine;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.crypto.Hash;

/** One height from proposal to commit, seen by the proposer and by another validator. */
class HappyPathTest {
  private final Fixture fx = Fixture.of(4);
  private final Bytes block = Fixture.block("block one");
  private final Hash v = fx.id(block);

  @Test
  void theProposerAsksTheApplicationThenProposesAndPrevotes() {
    int me = fx.proposer(1, 0);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me)).proposing(block);
    e.manualApplication = true;
    List<ConsensusAction> started = e.start();
    assertThat(of(started, ConsensusAction.RequestProposal.class))
        .containsExactly(new ConsensusAction.RequestProposal(1, 0, fx.config.maxBlockBytes()));
    assertThat(ScriptedEngine.scheduled(started, TimeoutKind.PROPOSE).orElseThrow().delayMillis())
        .isEqualTo(300);

    List<ConsensusAction> out = e.handle(new ConsensusEvent.ProposalPrepared(1, 0, block));
    ProposalMessage p = proposals(out).get(0);
    assertThat(p.proposal().payload().valueHash()).isEqualTo(v);
    assertThat(p.proposal().payload().validRound()).isEqualTo(-1);
    assertThat(onlyVote(out, VoteType.PREVOTE).orElseThrow().payload().value()).contains(v);
  }

  @Test
  void aValidatorPrevotesLocksPrecommitsAndDecidesWithAValidCertificate() {
    int me = fx.nonProposer(1, 0);
    int[] others = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();

    List<ConsensusAction> out = e.deliver(fx.proposal(1, 0, block, -1));
    assertThat(onlyVote(out, VoteType.PREVOTE).orElseThrow().payload().value()).contains(v);
    assertThat(e.engine.step()).isEqualTo(Step.PREVOTE);

    e.deliver(fx.prevote(others[0], 1, 0, Optional.of(v)));
    assertThat(e.engine.step()).isEqualTo(Step.PREVOTE);
    out = e.deliver(fx.prevote(others[1], 1, 0, Optional.of(v)));
    assertThat(onlyVote(out, VoteType.PRECOMMIT).orElseThrow().payload().value()).contains(v);
    assertThat(e.engine.lockedRound()).isZero();
    assertThat(e.engine.lockedValue()).contains(v);
    assertThat(e.engine.validValue()).contains(v);

    e.deliver(fx.precommit(others[0], 1, 0, Optional.of(v)));
    out = e.deliver(fx.precommit(others[2], 1, 0, Optional.of(v)));
    ConsensusAction.Decide d = of(out, ConsensusAction.Decide.class).get(0);
    assertThat(d.height()).isEqualTo(1);
    assertThat(d.block()).isEqualTo(block);
    assertThat(d.certificate().signatures()).hasSize(3);
    assertThat(
            new CommitCertificateVerifier(
                    Fixture.CHAIN, SignatureVerifier.bySuite(), QuorumRule.BYZANTINE)
                .verify(d.certificate(), fx.schedule)
                .isAccepted())
        .isTrue();
    assertThat(e.engine.step()).isEqualTo(Step.FINALIZING);

    // Nothing more happens at height 1; finalization moves to height 2, round 0, unlocked.
    assertThat(e.deliver(fx.precommit(others[1], 1, 0, Optional.of(v)))).isEmpty();
    out = e.finalized(1);
    assertThat(e.engine.height()).isEqualTo(2);
    assertThat(e.engine.round()).isZero();
    assertThat(e.engine.lockedRound()).isEqualTo(-1);
    assertThat(ScriptedEngine.scheduled(out, TimeoutKind.PROPOSE)).isPresent();
  }

  @Test
  void everySignatureIsPersistedBeforeItsMessageLeaves() {
    int me = fx.nonProposer(1, 0);
    int[] others = others(me);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me));
    e.start();
    e.deliver(fx.proposal(1, 0, block, -1));
    e.deliver(
        fx.prevote(others[0], 1, 0, Optional.of(v)), fx.prevote(others[1], 1, 0, Optional.of(v)));
    assertOrdered(e.all, fx.pub(me));
    assertThat(of(e.all, ConsensusAction.PersistSigningState.class))
        .extracting(p -> p.state().step())
        .containsExactly(SigningStep.PREVOTE, SigningStep.PRECOMMIT);
    var last = of(e.all, ConsensusAction.PersistSigningState.class).get(1).state();
    assertThat(last.lockedRound()).isZero();
    assertThat(last.lockedValue()).contains(v);
    assertThat(last.prevote()).contains(v);
  }

  @Test
  void aBlockTheApplicationRejectsIsPrevotedNil() {
    int me = fx.nonProposer(1, 0);
    ScriptedEngine e = new ScriptedEngine(fx.engine(me)).reject(v);
    e.start();
    List<ConsensusAction> out = e.deliver(fx.proposal(1, 0, block, -1));
    assertThat(onlyVote(out, VoteType.PREVOTE).orElseThrow().payload().isNil()).isTrue();
  }

  @Test
  void theEngineIsDeterministic() {
    int me = fx.nonProposer(1, 0);
    int[] others = others(me);
    List<ConsensusMessage> script =
        List.of(
            fx.proposal(1, 0, block, -1),
            fx.prevote(others[0], 1, 0, Optional.of(v)),
            fx.prevote(others[1], 1, 0, Optional.empty()),
            fx.prevote(others[2], 1, 0, Optional.of(v)),
            fx.precommit(others[0], 1, 0, Optional.of(v)),
            fx.precommit(others[2], 1, 0, Optional.of(v)));
    ScriptedEngine a = new ScriptedEngine(fx.engine(me));
    ScriptedEngine b = new ScriptedEngine(fx.engine(me));
    a.start();
    b.start();
    script.forEach(a::deliver);
    script.forEach(b::deliver);
    assertThat(a.all).isEqualTo(b.all);
    assertThat(of(a.all, ConsensusAction.Decide.class)).hasSize(1);
  }

  /** Each own signed message broadcast must follow a persisted state at or after its step. */
  static void assertOrdered(List<ConsensusAction> actions, org.silkchain.crypto.PublicKey me) {
    long persistedHeight = 0;
    int persistedRound = -1;
    int persistedStep = 0;
    for (ConsensusAction a : actions) {
      if (a instanceof ConsensusAction.PersistSigningState p) {
        persistedHeight = p.state().height();
        persistedRound = p.state().round();
        persistedStep = p.state().step().code();
      } else if (a instanceof ConsensusAction.Broadcast b
          && b.message() instanceof SignedVote sv
          && sv.author().equals(me)) {
        int step = sv.type() == VoteType.PREVOTE ? 2 : 3;
        assertThat(
                Long.compare(persistedHeight, sv.height()) > 0
                    || (persistedHeight == sv.height()
                        && (persistedRound > sv.round()
                            || (persistedRound == sv.round() && persistedStep >= step))))
            .as("persisted before %s", sv.payload())
            .isTrue();
      }
    }
  }

  private int[] others(int me) {
    return java.util.stream.IntStream.range(0, 4).filter(i -> i != me).toArray();
  }
}
