package org.silkchain.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.Envelope;
import org.silkchain.crypto.envelope.EnvelopeCipher;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.node.SilkchainNode;
import org.silkchain.node.TestConsortium;
import org.silkchain.node.application.ChainState;
import org.silkchain.node.driver.DriverStatus;
import org.silkchain.node.mempool.Mempool;
import org.silkchain.node.mempool.TransactionGossip;
import org.silkchain.runtime.execution.ExecutionLimits;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.runtime.execution.SignatureCheck;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Empty;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.module.ModuleRegistry;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.trade.identity.EncryptionKeys;

/**
 * A query a module marks confidential answers only a member's signed request: the API of a real
 * node, over a runtime with one extra module ({@code vault}) whose {@code secret} query is
 * confidential and whose {@code notice} query is not.
 */
class ConfidentialQueryTest {
  private static final Query<Empty, Long> SECRET =
      new Query<>("secret", Empty.CODEC, Fields.U63, (state, q) -> 42L).asConfidential();
  private static final Query<Empty, Long> NOTICE =
      new Query<>("notice", Empty.CODEC, Fields.U63, (state, q) -> 7L);

  /** Content sealed to the registered encryption key of the account asked about. */
  private static final Query<AccountId, Envelope> SEALED_FOR =
      new Query<>(
              "sealed-for",
              AccountId.CODEC,
              Envelope.CODEC,
              (state, account) ->
                  EnvelopeCipher.forSuite(SuiteId.ED25519)
                      .seal(
                          Bytes.utf8("for " + account + " only"),
                          Bytes.EMPTY,
                          List.of(EncryptionKeys.of(state, account).orElseThrow()),
                          new SecureRandom()))
          .asConfidential();

  private static final class Vault implements TradeModule {
    @Override
    public String name() {
      return "vault";
    }

    @Override
    public List<Action<?>> actions() {
      return List.of();
    }

    @Override
    public List<Query<?, ?>> queries() {
      return List.of(SECRET, NOTICE, SEALED_FOR);
    }
  }

  /** The node's parts, with the vault's runtime for queries. */
  private record View(SilkchainNode node, Runtime runtime) implements NodeView {
    public String memberId() {
      return node.memberId();
    }

    public PublicKey nodeKey() {
      return node.nodeKey();
    }

    public HashFunction hash() {
      return node.hash();
    }

    public ChainState chain() {
      return node.chain();
    }

    public Mempool mempool() {
      return node.mempool();
    }

    public TransactionGossip gossip() {
      return node.gossip();
    }

    public DriverStatus consensus() {
      return node.consensus();
    }

    public int connectedPeers() {
      return node.connectedPeers();
    }

    public List<PublicKey> peerKeys() {
      return node.peerKeys();
    }

    public int requiredPeers() {
      return node.requiredPeers();
    }
  }

  @Test
  void confidentialQueriesNeedASignedRequest(@TempDir Path dir) throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    SignatureSuite suite = net.genesis.signatureSuite();
    Runtime runtime =
        new Runtime(
            net.genesis.chainId(),
            net.genesis.hashFunction(),
            ModuleRegistry.of(new Vault()),
            ExecutionLimits.DEFAULT,
            SignatureCheck.verifying(suite));
    KeyPair trader = net.signingKey("trader");
    AccountId account =
        AccountId.fromInitialKeys(net.genesis.hashFunction(), List.of(trader.publicKey()));
    try (SilkchainNode node = SilkchainNode.start(net.configs.get(0));
        NodeApi api = new NodeApi(new InetSocketAddress("127.0.0.1", 0), new View(node, runtime))) {
      api.start();
      await().atMost(Duration.ofSeconds(20)).until(() -> node.chain().tip().height() >= 1);
      OpenApiContract contract = new OpenApiContract();
      ContractClient client = new ContractClient(contract, api.port());
      String template = "/api/v1/query/{module}/{name}";

      ContractClient.Reply open = client.get(template, "/api/v1/query/vault/notice");
      assertThat(open.status()).isEqualTo(200);

      String path = "/api/v1/query/vault/secret";
      ContractClient.Reply anonymous = client.get(template, path);
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");

      long now = System.currentTimeMillis();
      ContractClient.Reply signed =
          client.get(template, path, SignedRequest.headers(trader, account, "GET", path, now));
      assertThat(signed.status()).as(signed.text()).isEqualTo(200);
      assertThat(Fields.U63.decode(Bytes.fromHex(signed.body().get("response").asText())))
          .isEqualTo(42L);

      AccountId stranger = AccountId.fromHex("22".repeat(32));
      ContractClient.Reply unknown =
          client.get(template, path, SignedRequest.headers(trader, stranger, "GET", path, now));
      assertThat(unknown.status()).isEqualTo(401);
      assertThat(unknown.field()).isEqualTo(RequestAuth.ACCOUNT);

      // Sealed content goes only to a reader its envelope is addressed to, not even encrypted to
      // anyone else.
      String mine =
          "/api/v1/query/vault/sealed-for?request=" + AccountId.CODEC.encode(account).toHex();
      ContractClient.Reply sealedToMe =
          client.get(template, mine, SignedRequest.headers(trader, account, "GET", mine, now));
      assertThat(sealedToMe.status()).as(sealedToMe.text()).isEqualTo(200);
      AccountId bank =
          AccountId.fromInitialKeys(
              net.genesis.hashFunction(), List.of(net.signingKey("bank-1").publicKey()));
      String theirs =
          "/api/v1/query/vault/sealed-for?request=" + AccountId.CODEC.encode(bank).toHex();
      ContractClient.Reply sealedToOthers =
          client.get(template, theirs, SignedRequest.headers(trader, account, "GET", theirs, now));
      assertThat(sealedToOthers.status()).as(sealedToOthers.text()).isEqualTo(403);
      assertThat(sealedToOthers.code()).isEqualTo("NOT_A_RECIPIENT");
      assertThat(sealedToOthers.text()).doesNotContain("for " + bank);

      ContractClient.Reply modules = client.get("/api/v1/modules", "/api/v1/modules");
      assertThat(modules.body().toString())
          .contains("{\"name\":\"secret\",\"confidential\":true}")
          .contains("{\"name\":\"notice\",\"confidential\":false}");
    }
  }
}
