package org.silkchain.node.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.signing.KeyPairSigner;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.consensus.signing.SigningStep;
import org.silkchain.consensus.statemachine.EngineConfig;
import org.silkchain.consensus.statemachine.TendermintEngine;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.crypto.PublicKey;
import org.silkchain.node.TestConsortium;
import org.silkchain.node.TestLedger;
import org.silkchain.node.application.BlockValueHasher;
import org.silkchain.node.config.MempoolSettings;

class ConsensusDriverTest {
  /** One recorded effect: a persisted state or a broadcast message, in execution order. */
  private record Effect(SigningState persisted, ConsensusMessage sent) {}

  private final List<Effect> effects = new ArrayList<>();
  private final CompletableFuture<Throwable> fatal = new CompletableFuture<>();

  private ConsensusDriver driver(TestLedger ledger, SigningStateStore signing) {
    var node = ledger.keys.get("bank-1").node().orElseThrow();
    var hash = ledger.genesis.hashFunction();
    EngineConfig config =
        new EngineConfig(
            ledger.genesis.chainId().value(),
            TestConsortium.FAST.timeouts(),
            QuorumRule.BYZANTINE,
            new BlockValueHasher(hash),
            SignatureVerifier.bySuite(),
            1 << 20,
            16,
            16);
    ValidatorSchedule schedule = ValidatorSchedule.genesis(ledger.genesis.validatorSet());
    TendermintEngine engine =
        new TendermintEngine(config, schedule, new KeyPairSigner(node), SigningState.INITIAL, 1);
    ConsensusTransport transport =
        new ConsensusTransport() {
          @Override
          public void broadcast(ConsensusMessage message) {
            synchronized (effects) {
              effects.add(new Effect(null, message));
            }
          }

          @Override
          public void sendTo(PublicKey validator, ConsensusMessage message) {
            broadcast(message);
          }

          @Override
          public void penalize(PublicKey validator, String reason) {}
        };
    return new ConsensusDriver(
        engine,
        ledger.application(ledger.mempool(MempoolSettings.DEFAULTS), "bank-1", 1_800_000_000_000L),
        signing,
        transport,
        ledger.store,
        d -> Optional.empty(),
        new ConsensusDriver.Settings(100, 50),
        "test",
        fatal::complete);
  }

  private SigningStateStore recording() {
    return new SigningStateStore() {
      @Override
      public SigningState load() {
        return SigningState.INITIAL;
      }

      @Override
      public void persist(SigningState state) {
        synchronized (effects) {
          effects.add(new Effect(state, null));
        }
      }
    };
  }

  @Test
  void everySignedMessageLeavesOnlyAfterItsSigningStateWasPersisted() throws Exception {
    TestLedger ledger = TestLedger.create(1);
    try (ConsensusDriver driver = driver(ledger, recording())) {
      driver.start();
      await().atMost(Duration.ofSeconds(20)).until(() -> ledger.chain.tip().height() >= 3);
    }
    List<Effect> seen;
    synchronized (effects) {
      seen = List.copyOf(effects);
    }
    int signedMessages = 0;
    java.util.Set<String> persisted = new java.util.HashSet<>();
    for (Effect effect : seen) {
      if (effect.persisted() != null) {
        SigningState s = effect.persisted();
        persisted.add(s.height() + "/" + s.round() + "/" + s.step());
        continue;
      }
      ConsensusMessage m = effect.sent();
      long height;
      int round;
      SigningStep step;
      switch (m) {
        case ProposalMessage p -> {
          height = p.height();
          round = p.round();
          step = SigningStep.PROPOSAL;
        }
        case SignedVote v -> {
          height = v.height();
          round = v.round();
          step = v.type() == VoteType.PREVOTE ? SigningStep.PREVOTE : SigningStep.PRECOMMIT;
        }
        default -> {
          continue;
        }
      }
      signedMessages++;
      String key = height + "/" + round + "/" + step;
      if (!persisted.contains(key)) {
        org.junit.jupiter.api.Assertions.fail("sent " + key + " before persisting it");
      }
    }
    assertThat(signedMessages).isGreaterThanOrEqualTo(9);
    assertThat(fatal).isNotDone();
  }

  @Test
  void aSigningStateThatCannotBePersistedStopsTheDriverBeforeItSends() throws Exception {
    TestLedger ledger = TestLedger.create(1);
    SigningStateStore failing =
        new SigningStateStore() {
          @Override
          public SigningState load() {
            return SigningState.INITIAL;
          }

          @Override
          public void persist(SigningState state) throws IOException {
            throw new IOException("disk full");
          }
        };
    try (ConsensusDriver driver = driver(ledger, failing)) {
      driver.start();
      await().atMost(Duration.ofSeconds(10)).until(fatal::isDone);
      assertThat(fatal.get()).hasMessageContaining("disk full");
      assertThat(driver.status().running()).isFalse();
    }
    synchronized (effects) {
      assertThat(effects).isEmpty();
    }
    assertThat(ledger.chain.tip().height()).isZero();
  }
}
