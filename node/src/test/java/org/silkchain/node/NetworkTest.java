package org.silkchain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.execution.StateKeys;
import org.silkchain.node.mempool.Admission;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.trade.kv.KvPut;

/**
 * Four real nodes in one JVM on loopback: real RocksDB stores, real mutual-TLS links, real timers.
 */
class NetworkTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;
  private final List<SilkchainNode> nodes = new ArrayList<>();

  @AfterEach
  void stopAll() {
    nodes.forEach(SilkchainNode::close);
  }

  @Test
  void fourNodesCommitTransactionsAndAgreeAtEveryHeight() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 4);
    for (var config : net.configs) {
      nodes.add(SilkchainNode.start(config));
    }
    KeyPair trader = net.signingKey("trader");
    List<SignedTransaction> txs = new ArrayList<>();
    for (int nonce = 0; nonce < 5; nonce++) {
      txs.add(
          new KvPut("order-" + nonce, Bytes.utf8("qty=" + nonce))
              .sign(net.genesis.chainId(), trader, nonce, new ValidityWindow(0, 1000)));
    }
    // Submitted to different nodes: gossip must bring them all to the proposer.
    for (int i = 0; i < txs.size(); i++) {
      Admission a = nodes.get(i % 4).gossip().submit(txs.get(i).encode());
      assertThat(a.rejection()).as(a.detail()).isEmpty();
    }
    AccountId sender = txs.get(0).body().sender();
    Bytes lastKey = StateKeys.kv(sender, "order-4");
    await()
        .atMost(PATIENCE)
        .until(() -> nodes.stream().allMatch(n -> n.chain().get(lastKey).isPresent()));
    long common = nodes.stream().mapToLong(n -> n.chain().tip().height()).min().orElseThrow();
    assertThat(common).isPositive();
    for (long h = 0; h <= common; h++) {
      CommittedBlock first = nodes.get(0).chain().store().blockAt(h).orElseThrow();
      for (SilkchainNode n : nodes) {
        CommittedBlock b = n.chain().store().blockAt(h).orElseThrow();
        assertThat(b.hash()).as("block hash at " + h).isEqualTo(first.hash());
        assertThat(b.stateRoot()).as("state root at " + h).isEqualTo(first.stateRoot());
      }
    }
    for (SilkchainNode n : nodes) {
      assertThat(n.chain().get(StateKeys.kv(sender, "order-2"))).contains(Bytes.utf8("qty=2"));
      assertThat(n.chain().account(sender).orElseThrow().nonce()).isEqualTo(5);
      assertThat(n.mempool().size()).isZero();
    }
  }

  @Test
  void aRestartedNodeCatchesUpAndRejoins() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 4);
    for (var config : net.configs) {
      nodes.add(SilkchainNode.start(config));
    }
    await().atMost(PATIENCE).until(() -> minHeight() >= 2);
    SilkchainNode stopped = nodes.get(3);
    long down = stopped.chain().tip().height();
    stopped.close();
    // The other three (more than 2/3) go on without it.
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                nodes.subList(0, 3).stream().allMatch(n -> n.chain().tip().height() >= down + 20));
    SilkchainNode restarted = SilkchainNode.start(net.configs.get(3));
    nodes.set(3, restarted);
    long target = nodes.get(0).chain().tip().height();
    await().atMost(PATIENCE).until(() -> restarted.chain().tip().height() >= target);
    // Rejoined: it keeps committing with the others, on the same chain.
    await().atMost(PATIENCE).until(() -> restarted.chain().tip().height() >= target + 3);
    long h = restarted.chain().tip().height();
    await().atMost(PATIENCE).until(() -> nodes.get(0).chain().tip().height() >= h);
    Optional<CommittedBlock> theirs = nodes.get(0).chain().store().blockAt(h);
    assertThat(restarted.chain().store().blockAt(h).orElseThrow().hash())
        .isEqualTo(theirs.orElseThrow().hash());
    assertThat(restarted.failure()).isNotDone();
  }

  private long minHeight() {
    return nodes.stream().mapToLong(n -> n.chain().tip().height()).min().orElseThrow();
  }
}
