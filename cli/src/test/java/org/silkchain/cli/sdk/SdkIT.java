package org.silkchain.cli.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.codec.Bytes;
import org.silkchain.node.genesis.GenesisJson;
import org.silkchain.sdk.Actions;
import org.silkchain.sdk.ChainEvent;
import org.silkchain.sdk.EventRequest;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.Proofs;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.sdk.Subscription;
import org.silkchain.sdk.TxReceipt;
import org.silkchain.state.proof.ProofVerdict;
import org.silkchain.trade.kv.KvModule;
import org.silkchain.trade.kv.KvPut;

/**
 * The SDK against a real local network of four node processes: a member's transaction sent through
 * one node, its receipt streamed by another, its inclusion proof and its state entry verified on
 * the others, and a subscription that follows a node through a restart without skipping or
 * repeating a height.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkIT {
  private LocalNetwork net;

  @BeforeAll
  void up() {
    net = LocalNetwork.up(4, LocalNetwork.freshDir("sdk"), 29500);
  }

  @AfterAll
  void down() {
    if (net != null) {
      net.close();
    }
  }

  private SilkchainClient client(Node node) {
    return SilkchainClient.connect(URI.create(node.home().apiListen().http("/").toString()));
  }

  private Member member(String id) throws Exception {
    Path dir = net.home().memberDir(id);
    char[] pass = Files.readString(dir.resolve("passphrase")).strip().toCharArray();
    return Member.open(dir.resolve("signing.key"), pass);
  }

  @Test
  void aTransactionThroughOneNodeIsStreamedAndProvedByTheOthers() throws Exception {
    net.awaitAllAtLeast(1);
    Member trader = member("silkroad-traders");
    long from = client(net.node(2)).status().path("height").asLong() + 1;
    List<ChainEvent> streamed = new CopyOnWriteArrayList<>();
    try (Subscription s =
        client(net.node(2))
            .subscribe(EventRequest.fromHeight(from).only("receipt"), streamed::add)) {
      TxReceipt receipt =
          client(net.node(1))
              .execute(
                  trader,
                  Actions.of(KvModule.NAME, KvModule.PUT, new KvPut("sdk-it", Bytes.utf8("v"))),
                  Duration.ofSeconds(30));
      assertThat(receipt.succeeded()).as(receipt.message()).isTrue();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  streamed.stream()
                      .anyMatch(e -> e.data().path("id").asText().equals(receipt.id().toString())));

      // Checked against the genesis validators, not the serving node's word.
      var validators = GenesisJson.read(net.home().genesis()).validatorSet();
      Proofs.Inclusion proof = client(net.node(3)).inclusionProof(receipt.id(), validators);
      assertThat(proof.height()).isEqualTo(receipt.height());
      for (Node node : net.nodes()) {
        net.awaitAtLeast(receipt.height(), List.of(node), Duration.ofSeconds(30));
        assertThat(client(node).block(receipt.height()).path("hash").asText())
            .isEqualTo(proof.blockHash().toHex());
      }
      Proofs.StateEntry entry =
          client(net.node(4))
              .stateEntry(
                  KvModule.key(trader.account(), "sdk-it"),
                  Optional.of(receipt.height()),
                  trader,
                  validators);
      assertThat(entry.value()).contains(Bytes.utf8("v"));
      assertThat(entry.verify(client(net.node(4)).hash())).isEqualTo(ProofVerdict.VALID);
    }
  }

  @Test
  void aSubscriptionFollowsANodeThroughARestartWithoutGapsOrRepeats() {
    net.awaitAllAtLeast(2);
    Node node = net.node(4);
    List<Long> heights = new CopyOnWriteArrayList<>();
    try (Subscription s =
        client(node)
            .subscribe(EventRequest.fromHeight(1).only("block"), e -> heights.add(e.height()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> heights.size() >= 2);
      node.stop();
      long before = heights.getLast();
      node.start();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> !heights.isEmpty() && heights.getLast() >= before + 2);
    }
    List<Long> expected = new ArrayList<>();
    for (long h = 1; h <= heights.getLast(); h++) {
      expected.add(h);
    }
    assertThat(heights).containsExactlyElementsOf(expected);
  }
}
