package org.silkchain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.block.CommitSignature;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.config.ConfigLoader;
import org.silkchain.node.config.ConfigOverrides;
import org.silkchain.node.config.HostPort;
import org.silkchain.node.config.NodeConfig;
import org.silkchain.node.genesis.NodeAddition;
import org.silkchain.node.mempool.Admission;
import org.silkchain.node.validators.RegistryTestModule;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.validators.ValidatorRegistry;

/**
 * Four real nodes in one JVM admit a fifth validator and later remove one, through registry changes
 * (a test-only module stands in for the governance vote). The fifth node starts before it is
 * admitted, is refused by its peers until then, catches up by block requests and signs commits; it
 * is then restarted and carries on with the schedule it rebuilds from state.
 */
class ValidatorJoinTest {
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final List<TradeModule> MODULES = List.of(new RegistryTestModule());

  @TempDir Path dir;
  private final List<SilkchainNode> nodes = new ArrayList<>();
  private long nonce;

  @AfterEach
  void stopAll() {
    nodes.forEach(SilkchainNode::close);
  }

  private SignedTransaction tx(TestConsortium net, Payload payload) throws Exception {
    KeyPair trader = net.signingKey("trader");
    AccountId sender =
        AccountId.fromInitialKeys(net.genesis.hashFunction(), List.of(trader.publicKey()));
    return SignedTransaction.sign(
        new TransactionBody(
            net.genesis.chainId(), sender, nonce++, new ValidityWindow(0, 100_000), payload),
        List.of(trader),
        net.genesis.signatureSuite());
  }

  private static boolean signedSome(SilkchainNode node, PublicKey key, long from) {
    for (long h = from; h <= node.chain().tip().height(); h++) {
      var cert = node.chain().store().blockAt(h).orElseThrow().certificate();
      if (cert.isPresent()
          && cert.get().signatures().stream()
              .map(CommitSignature::validator)
              .anyMatch(key::equals)) {
        return true;
      }
    }
    return false;
  }

  private static int registrySize(SilkchainNode node) {
    return ValidatorRegistry.entries(node.chain().committedState()).size();
  }

  @Test
  void aFifthValidatorJoinsSignsAndSurvivesARestartThenOneLeaves() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 4);
    for (var config : net.configs) {
      nodes.add(SilkchainNode.start(config, MODULES));
    }
    NodeAddition.Added added =
        NodeAddition.add(net.dir, "central", 1, TestConsortium.FAST_KDF, new SecureRandom());
    int port = TestConsortium.freePort();
    NodeConfig base =
        ConfigLoader.load(
            added.nodeDir().resolve("node.yaml"), ConfigOverrides.NONE, java.util.Map.of());
    NodeConfig fifthConfig =
        new NodeConfig(
            base.member(),
            base.genesisFile(),
            base.dataDir(),
            new HostPort("127.0.0.1", port),
            new HostPort("127.0.0.1", 0),
            base.keysDir(),
            base.passphrase(),
            TestConsortium.FAST,
            base.mempool(),
            net.configs.get(0).peers(),
            base.logLevel());
    SilkchainNode fifth = SilkchainNode.start(fifthConfig, MODULES);
    nodes.add(fifth);
    await().atMost(PATIENCE).until(() -> nodes.get(0).chain().tip().height() >= 2);
    assertThat(fifth.chain().tip().height()).as("not admitted: nobody serves it").isZero();

    ValidatorRegistry.Entry entry =
        new ValidatorRegistry.Entry(
            added.nodeKey(), 1, added.operator(), "127.0.0.1:" + port, added.tlsFingerprint());
    Admission a =
        nodes
            .get(0)
            .gossip()
            .submit(
                tx(net, RegistryTestModule.ADD.payload(RegistryTestModule.NAME, entry)).encode());
    assertThat(a.rejection()).as(a.detail()).isEmpty();
    await()
        .atMost(PATIENCE)
        .until(() -> nodes.subList(0, 4).stream().allMatch(n -> registrySize(n) == 5));
    long admittedAt = nodes.get(0).chain().tip().height();

    // It syncs, then its precommits count: they show up in commit certificates.
    await().atMost(PATIENCE).until(() -> fifth.chain().tip().height() >= admittedAt + 3);
    await().atMost(PATIENCE).until(() -> signedSome(nodes.get(0), added.nodeKey(), admittedAt));
    assertThat(fifth.consensus().height()).isGreaterThan(admittedAt);

    // Restarted, it rebuilds the schedule from its state and keeps signing.
    fifth.close();
    SilkchainNode again = SilkchainNode.start(fifthConfig, MODULES);
    nodes.set(4, again);
    long restartedAt = nodes.get(0).chain().tip().height();
    await().atMost(PATIENCE).until(() -> again.chain().tip().height() >= restartedAt + 2);
    await()
        .atMost(PATIENCE)
        .until(() -> signedSome(nodes.get(0), added.nodeKey(), restartedAt + 1));

    // bank-4 leaves: once the removal governs, the four others go on without it.
    SilkchainNode leaving = nodes.get(3);
    PublicKey leavingKey = leaving.nodeKey();
    a =
        nodes
            .get(0)
            .gossip()
            .submit(
                tx(net, RegistryTestModule.REMOVE.payload(RegistryTestModule.NAME, leavingKey))
                    .encode());
    assertThat(a.rejection()).as(a.detail()).isEmpty();
    await().atMost(PATIENCE).until(() -> registrySize(nodes.get(0)) == 4);
    long removedAt = nodes.get(0).chain().tip().height();
    await().atMost(PATIENCE).until(() -> nodes.get(0).chain().tip().height() >= removedAt + 2);
    leaving.close();
    nodes.remove(3);
    long stoppedAt = nodes.get(0).chain().tip().height();
    await()
        .atMost(PATIENCE)
        .until(() -> nodes.stream().allMatch(n -> n.chain().tip().height() >= stoppedAt + 5));
    for (long h = removedAt + 3; h <= stoppedAt + 5; h++) {
      var cert = nodes.get(0).chain().store().blockAt(h).orElseThrow().certificate().orElseThrow();
      assertThat(cert.signatures())
          .extracting(CommitSignature::validator)
          .doesNotContain(leavingKey);
    }
    for (SilkchainNode n : nodes) {
      assertThat(n.failure()).isNotDone();
    }
  }
}
