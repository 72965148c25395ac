package org.silkchain.cli.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.silkchain.cli.net.dsl.Account;
import org.silkchain.cli.net.dsl.Intruder;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.cli.net.dsl.Submission;
import org.silkchain.cli.net.local.NodeProcesses;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.SignedTransaction;

/**
 * One 4-validator network of real processes, started by {@code silkchain net up}, shared by the
 * checks in order: status, committed transactions agree everywhere, replays are rejected, hostile
 * peers are dropped, a SIGKILLed validator catches up and votes again, and the CLI stops, starts
 * and takes down nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsortiumIT {
  private LocalNetwork net;

  @BeforeAll
  void up() {
    net = LocalNetwork.up(4, LocalNetwork.freshDir("consortium"), 27000);
  }

  @AfterAll
  void down() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  @Order(1)
  void netStatusReportsEveryNodeRunningAndCommitting() {
    JsonNode nodes = net.cliStatus().path("nodes");
    assertThat(nodes).hasSize(4);
    for (int i = 0; i < 4; i++) {
      JsonNode n = nodes.get(i);
      assertThat(n.path("id").asInt()).isEqualTo(i + 1);
      assertThat(n.path("member").asText()).isEqualTo(net.node(i + 1).member());
      assertThat(n.path("pid").asLong()).isEqualTo(net.node(i + 1).pid().orElseThrow());
      assertThat(n.path("height").asLong()).isGreaterThanOrEqualTo(1);
      assertThat(n.path("tipHash").asText()).matches("[0-9a-f]{64}");
      assertThat(n.path("stateRoot").asText()).matches("[0-9a-f]{64}");
    }
    assertThat(net.members()).startsWith("pboc", "mas", "icbc", "dbs");
  }

  @Test
  @Order(2)
  void committedTransactionsGiveTheSameBlocksAndStateRootsEverywhere() {
    // Five kv puts from each of four members, each sent to a different node.
    List<String> ids = new ArrayList<>();
    List<String> senders = net.members().subList(3, 7);
    for (int round = 0; round < 5; round++) {
      for (int s = 0; s < senders.size(); s++) {
        Account account = net.account(senders.get(s));
        Node via = net.node(1 + (round + s) % 4);
        SignedTransaction tx = account.kvPut("key-" + round, "value-" + round + "-" + s);
        Submission sub = via.submit(tx);
        assertThat(sub.accepted()).as("%s via %s", sub, via).isTrue();
        assertThat(sub.id()).isEqualTo(account.idOf(tx));
        ids.add(sub.id());
      }
    }
    Map<String, Long> committedAt = awaitCommitted(ids, net.node(2));
    long last = committedAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    net.awaitAllAtLeast(last);
    for (Node node : net.nodes()) {
      for (String id : ids) {
        JsonNode tx = node.transaction(id).orElseThrow();
        assertThat(tx.path("status").asText()).as("%s on %s", id, node).isEqualTo("committed");
        assertThat(tx.path("height").asLong()).isEqualTo(committedAt.get(id));
        assertThat(tx.path("result").path("code").asText()).isEqualTo("OK");
      }
    }
    net.assertSameChainUpTo(last);
  }

  @Test
  @Order(3)
  void replayedTransactionsAreRejectedAndChangeNothing() {
    Account pboc = net.account("pboc");
    SignedTransaction original = pboc.kvPut("replay", "original");
    Submission first = net.node(1).submit(original);
    assertThat(first.accepted()).as(first.toString()).isTrue();
    long height = awaitCommitted(List.of(first.id()), net.node(1)).get(first.id());
    net.awaitAllAtLeast(height);

    // The very same transaction again, to another node: its nonce is spent.
    Submission again = net.node(3).submit(original);
    assertThat(again.status()).as(again.toString()).isIn(400, 409);
    assertThat(again.code()).isIn("NONCE_TOO_LOW", "DUPLICATE");
    // The same nonce with another value: a replay that would overwrite the key.
    SignedTransaction overwrite =
        pboc.kvPut("replay", "overwritten", original.body().nonce(), net.chainId());
    Submission sameNonce = net.node(2).submit(overwrite);
    assertThat(sameNonce.code()).as(sameNonce.toString()).isEqualTo("NONCE_TOO_LOW");
    // The next nonce, but signed for another network.
    SignedTransaction elsewhere =
        pboc.kvPut("replay", "other-chain", pboc.nextNonce(), ChainId.of("silk-other"));
    Submission wrongChain = net.node(4).submit(elsewhere);
    assertThat(wrongChain.code()).as(wrongChain.toString()).isEqualTo("WRONG_CHAIN");

    // The blocks that follow hold no transaction and leave the state as the first one left it (an
    // empty block changes no state): the rejected transactions changed nothing.
    long rejectedAt = net.maxHeight();
    net.awaitAllAtLeast(rejectedAt + 2);
    String rootAfterFirst = net.node(1).block(height).orElseThrow().path("stateRoot").asText();
    for (long h = height + 1; h <= rejectedAt + 2; h++) {
      JsonNode block = net.node(2).block(h).orElseThrow();
      assertThat(block.path("transactionCount").asInt()).as("block %d", h).isZero();
      assertThat(block.path("stateRoot").asText())
          .as("state root at %d", h)
          .isEqualTo(rootAfterFirst);
    }

    // Nothing of them was committed, and the nonce they tried to use is still free.
    SignedTransaction next = pboc.kvPut("replay", "next");
    assertThat(next.body().nonce()).isEqualTo(original.body().nonce() + 1);
    Submission nextSub = net.node(1).submit(next);
    assertThat(nextSub.accepted()).as(nextSub.toString()).isTrue();
    long nextHeight = awaitCommitted(List.of(nextSub.id()), net.node(1)).get(nextSub.id());
    net.awaitAllAtLeast(nextHeight);
    for (Node node : net.nodes()) {
      assertThat(node.transaction(pboc.idOf(overwrite))).as("%s", node).isEmpty();
      assertThat(node.transaction(pboc.idOf(elsewhere))).as("%s", node).isEmpty();
      assertThat(node.transaction(first.id()).orElseThrow().path("height").asLong())
          .isEqualTo(height);
    }
    net.assertSameChainUpTo(nextHeight);
  }

  @Test
  @Order(4)
  void peersSendingGarbageOrAnUnknownCertificateAreDroppedWhileTheNetworkCommits()
      throws IOException {
    long start = net.maxHeight();
    // Each intrusion fails the test unless the node ends the connection.
    for (Node target : List.of(net.node(1), net.node(3))) {
      String garbage = Intruder.sendGarbage(target.p2pPort(), 64 * 1024, target.number());
      String stranger = Intruder.connectWithUnknownCertificate(target.p2pPort());
      System.out.println(
          "ConsortiumIT: "
              + target
              + " ended garbage ("
              + garbage
              + ") and unknown certificate ("
              + stranger
              + ")");
    }
    net.awaitAllAtLeast(start + 3);
    for (Node node : net.nodes()) {
      assertThat(node.status().peers()).as("%s still has its peers", node).isEqualTo(3);
    }
    net.assertSameTipAt(start + 3);
  }

  @Test
  @Order(5)
  void aKilledValidatorCatchesUpAndVotesAgain() {
    Node three = net.node(3);
    three.killHard();
    long atKill = net.maxHeight();
    List<Node> others = List.of(net.node(1), net.node(2), net.node(4));
    net.awaitAtLeast(atKill + 3, others, LocalNetwork.COMMIT_TIMEOUT);

    three.start();
    long target = net.maxHeight();
    three.awaitHeight(target, LocalNetwork.COMMIT_TIMEOUT);

    // With node 4 down as well, 3 of 4 validators remain: blocks are only committed if node 3
    // votes, so progress proves it takes part in consensus again.
    net.node(4).killHard();
    long atSecondKill = net.maxHeight();
    net.awaitAtLeast(
        atSecondKill + 3, List.of(net.node(1), net.node(2), three), LocalNetwork.COMMIT_TIMEOUT);
    net.node(4).start();
    net.awaitAllAtLeast(net.maxHeight() + 1);
    net.assertSameChainUpTo(net.minHeight());
  }

  @Test
  @Order(6)
  void theCliStopsStartsAndTakesDownNodes() {
    String dir = net.home().dir().toString();
    var stop = net.cli("net", "stop", "2", "--dir", dir);
    assertThat(stop.exitCode()).as(stop.output()).isZero();
    assertThat(stop.output()).contains("node 2 (mas) stopped");
    assertThat(net.node(2).isRunning()).isFalse();
    JsonNode two = net.cliStatus().path("nodes").get(1);
    assertThat(two.path("pid").isNull()).isTrue();
    assertThat(two.path("height").isNull()).isTrue();

    var start = net.cli("net", "start", "mas", "--dir", dir);
    assertThat(start.exitCode()).as(start.output()).isZero();
    assertThat(net.node(2).isRunning()).isTrue();
    net.node(2).awaitHeight(net.maxHeight(), LocalNetwork.COMMIT_TIMEOUT);

    List<ProcessHandle> processes =
        net.nodes().stream()
            .map(n -> ProcessHandle.of(n.pid().orElseThrow()).orElseThrow())
            .toList();
    var down = net.cli("net", "down", "--dir", dir);
    assertThat(down.exitCode()).as(down.output()).isZero();
    assertThat(down.output()).contains("stopped 4 of 4 nodes");
    // Zombie-aware: nodes orphaned by the exited net up are not reaped where init does not reap.
    assertThat(processes).noneMatch(NodeProcesses::isAlive);
    assertThat(net.running()).isEmpty();
  }

  /** Waits until {@code node} reports every id committed; returns each one's height. */
  private static Map<String, Long> awaitCommitted(List<String> ids, Node node) {
    Map<String, Long> heights = new TreeMap<>();
    await("transactions committed on " + node)
        .atMost(LocalNetwork.COMMIT_TIMEOUT)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              for (String id : ids) {
                if (!heights.containsKey(id)) {
                  Optional<JsonNode> tx = node.transaction(id);
                  if (tx.isPresent() && tx.get().path("status").asText().equals("committed")) {
                    heights.put(id, tx.get().path("height").asLong());
                  }
                }
              }
              return heights.size() == ids.size();
            });
    return heights;
  }
}
