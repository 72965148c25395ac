package org.silkchain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.mempool.Admission;
import org.silkchain.runtime.module.Fields;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.trade.currency.CurrencyAccount;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;

/**
 * Money over the real network: four nodes in one JVM execute the trade modules. The central bank
 * issues a currency and mints it to a commercial bank, which pays another; every node answers the
 * same balances through the query endpoint and holds the same blocks and state roots.
 */
class TradeNetworkTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final List<SilkchainNode> nodes = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private TestConsortium net;

  @AfterEach
  void stopAll() {
    nodes.forEach(SilkchainNode::close);
  }

  private SignedTransaction sign(String member, long nonce, Payload payload) throws Exception {
    KeyPair key = net.signingKey(member);
    TransactionBody body =
        new TransactionBody(
            net.genesis.chainId(), account(member), nonce, new ValidityWindow(0, 100_000), payload);
    return SignedTransaction.sign(body, List.of(key), net.genesis.signatureSuite());
  }

  private AccountId account(String member) throws Exception {
    return AccountId.fromInitialKeys(
        net.genesis.hashFunction(), List.of(net.signingKey(member).publicKey()));
  }

  private void submit(int node, SignedTransaction tx) {
    Admission a = nodes.get(node).gossip().submit(tx.encode());
    assertThat(a.rejection()).as(a.detail()).isEmpty();
  }

  private JsonNode get(SilkchainNode node, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.apiPort() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  /** The receipt's code once committed on {@code node}, else null. */
  private String resultOf(SilkchainNode node, SignedTransaction tx) throws Exception {
    JsonNode r = get(node, "/api/v1/transactions/" + tx.id(net.genesis.hashFunction()));
    return r.path("status").asText().equals("committed")
        ? r.get("result").get("code").asText()
        : null;
  }

  private long balance(SilkchainNode node, String code, AccountId who) throws Exception {
    Bytes request = CurrencyAccount.CODEC.encode(new CurrencyAccount(code, who));
    JsonNode r = get(node, "/api/v1/query/currency/balance?request=" + request.toHex());
    return Fields.U63.decode(Bytes.fromHex(r.get("response").asText()));
  }

  @Test
  void aCentralBankIssuesAndMintsAndBanksPayEachOther() throws Exception {
    net = TestConsortium.create(dir, 4);
    for (var config : net.configs) {
      nodes.add(SilkchainNode.start(config));
    }
    AccountId bank1 = account("bank-1");
    AccountId bank2 = account("bank-2");
    SignedTransaction issue =
        sign("central", 0, CurrencyModule.ISSUE.payload(CurrencyModule.NAME, new Issue("SGD", 2)));
    SignedTransaction mint =
        sign(
            "central",
            1,
            CurrencyModule.MINT.payload(
                CurrencyModule.NAME, new Movement("SGD", bank1, 1_000_000)));
    submit(0, issue);
    submit(1, mint);
    await().atMost(PATIENCE).until(() -> "OK".equals(resultOf(nodes.get(2), mint)));
    assertThat(resultOf(nodes.get(2), issue)).isEqualTo("OK");

    // Submitted only once the money is there, so that it cannot run first.
    SignedTransaction pay =
        sign(
            "bank-1",
            0,
            CurrencyModule.TRANSFER.payload(
                CurrencyModule.NAME, new Movement("SGD", bank2, 250_000)));
    SignedTransaction overdraft =
        sign(
            "bank-2",
            0,
            CurrencyModule.TRANSFER.payload(
                CurrencyModule.NAME, new Movement("SGD", bank1, 999_999_999)));
    submit(3, pay);
    submit(2, overdraft);
    for (SilkchainNode n : nodes) {
      await()
          .atMost(PATIENCE)
          .until(() -> resultOf(n, pay) != null && resultOf(n, overdraft) != null);
      assertThat(resultOf(n, pay)).isEqualTo("OK");
      assertThat(resultOf(n, overdraft)).isEqualTo("INSUFFICIENT_FUNDS");
    }
    JsonNode receipt =
        get(nodes.get(1), "/api/v1/transactions/" + pay.id(net.genesis.hashFunction()));
    assertThat(receipt.get("events").get(0).get("module").asText()).isEqualTo("currency");

    long common = nodes.stream().mapToLong(n -> n.chain().tip().height()).min().orElseThrow();
    for (SilkchainNode n : nodes) {
      assertThat(balance(n, "SGD", bank1)).isEqualTo(750_000);
      assertThat(balance(n, "SGD", bank2)).isEqualTo(250_000);
    }
    for (long h = 0; h <= common; h++) {
      CommittedBlock first = nodes.get(0).chain().store().blockAt(h).orElseThrow();
      for (SilkchainNode n : nodes) {
        CommittedBlock b = n.chain().store().blockAt(h).orElseThrow();
        assertThat(b.hash()).as("block hash at " + h).isEqualTo(first.hash());
        assertThat(b.stateRoot()).as("state root at " + h).isEqualTo(first.stateRoot());
        assertThat(b.block().header().resultsRoot())
            .as("results root at " + h)
            .isEqualTo(first.block().header().resultsRoot());
      }
    }

    // GET /api/v1/peers on node 0: the three others, sorted by key, each a validator named by the
    // operator GET /api/v1/validators lists for its key; the node itself is not its own peer.
    List<String> others =
        nodes.subList(1, 4).stream()
            .map(n -> n.nodeKey())
            .sorted()
            .map(k -> k.bytes().toHex())
            .toList();
    await()
        .atMost(PATIENCE)
        .until(
            () -> get(nodes.get(0), "/api/v1/peers").get("peers").findValuesAsText("key"),
            others::equals);
    Map<String, String> operators = new TreeMap<>();
    get(nodes.get(0), "/api/v1/validators")
        .get("validators")
        .forEach(v -> operators.put(v.get("key").asText(), v.get("operator").asText()));
    for (JsonNode peer : get(nodes.get(0), "/api/v1/peers").get("peers")) {
      assertThat(peer.get("validator").asBoolean()).isTrue();
      assertThat(peer.get("operator").asText()).isEqualTo(operators.get(peer.get("key").asText()));
    }
  }
}
