package org.silkchain.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.SilkchainNode;
import org.silkchain.node.TestConsortium;
import org.silkchain.runtime.module.Empty;
import org.silkchain.state.proof.ProofVerdict;
import org.silkchain.trade.basket.BasketModule;
import org.silkchain.trade.kv.KvModule;
import org.silkchain.trade.kv.KvPut;

/** The SDK against a real one-validator node in this process. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SilkchainClientTest {
  private TestConsortium net;
  private SilkchainNode node;
  private SilkchainClient client;
  private Member trader;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    net = TestConsortium.create(dir, 1);
    node = SilkchainNode.start(net.configs.get(0));
    client = SilkchainClient.connect(URI.create("http://127.0.0.1:" + node.apiPort()));
    Path keys = net.dir.resolve("members").resolve("trader");
    trader =
        Member.open(
            keys.resolve("signing.key"),
            Files.readString(keys.resolve("passphrase")).toCharArray());
    await().atMost(Duration.ofSeconds(20)).until(() -> node.chain().tip().height() >= 1);
  }

  @AfterAll
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void executesTypedActionsAndProvesThem() {
    long nonce = client.account(trader.account()).path("nonce").asLong();
    var put = Actions.of(new KvModule(), KvModule.PUT, new KvPut("sdk", Bytes.utf8("value")));
    TxReceipt receipt = client.execute(trader, put, Duration.ofSeconds(20));
    assertThat(receipt.succeeded()).as(receipt.message()).isTrue();
    TxReceipt second =
        client.execute(
            trader,
            Actions.of(KvModule.NAME, KvModule.PUT, new KvPut("sdk2", Bytes.utf8("v"))),
            Duration.ofSeconds(20));
    assertThat(second.succeeded()).isTrue();
    assertThat(client.account(trader.account()).path("nonce").asLong()).isEqualTo(nonce + 2);

    Proofs.Inclusion proof = client.inclusionProof(receipt.id());
    assertThat(proof.height()).isEqualTo(receipt.height());
    assertThat(proof.verify(client.hash())).isTrue();

    var validators = net.genesis.validatorSet();
    assertThat(client.inclusionProof(receipt.id(), validators)).isEqualTo(proof);
    assertThat(client.certifiedHeader(receipt.height(), validators).height())
        .isEqualTo(receipt.height());
    var strangers =
        org.silkchain.consensus.validator.ValidatorSet.equalPower(
            List.of(trader.key().publicKey()));
    assertThatThrownBy(() -> client.inclusionProof(receipt.id(), strangers))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.code()).isEqualTo("UNCERTIFIED"));

    Bytes key = KvModule.key(trader.account(), "sdk");
    Proofs.StateEntry entry = client.stateEntry(key, Optional.empty(), trader);
    assertThat(entry.value()).isPresent();
    assertThat(entry.verify(client.hash())).isEqualTo(ProofVerdict.VALID);
    assertThat(client.stateEntry(key, Optional.of(entry.height()), trader, validators).value())
        .isEqualTo(entry.value());
  }

  @Test
  void queriesAreTypedByTheModulesConstants() {
    var composition = client.query(BasketModule.NAME, BasketModule.COMPOSITION, Empty.INSTANCE);
    assertThat(composition.code()).isEqualTo("XDR");
  }

  @Test
  void refusalsCarryTheNodesCode() {
    var stale =
        trader.sign(
            client.chainId(),
            0,
            new ValidityWindow(0, 100_000),
            Actions.of(KvModule.NAME, KvModule.PUT, new KvPut("old", Bytes.utf8("v"))));
    client.execute(
        trader,
        Actions.of(KvModule.NAME, KvModule.PUT, new KvPut("first", Bytes.utf8("v"))),
        Duration.ofSeconds(20));
    assertThatThrownBy(() -> client.submit(stale))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.code()).isIn("NONCE_TOO_LOW", "DUPLICATE");
              assertThat(e.status()).isIn(400, 409);
            });
    assertThatThrownBy(() -> client.block(99_999_999))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_BLOCK"));
  }

  @Test
  void subscriptionsReplayFromAHeightAndFollow() {
    List<ChainEvent> seen = new CopyOnWriteArrayList<>();
    try (Subscription s = client.subscribe(EventRequest.fromHeight(0).only("block"), seen::add)) {
      await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() >= 3 && s.lastHeight() >= 2);
    }
    assertThat(seen.get(0).kind()).isEqualTo("block");
    assertThat(seen.get(0).height()).isZero();
    assertThat(seen.get(1).height()).isEqualTo(1);
    assertThat(seen.get(2).height()).isEqualTo(2);
  }
}
