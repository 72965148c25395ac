package org.silkchain.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.merkle.MerkleProof;
import org.silkchain.ledger.merkle.MerkleProofVerifier;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.SilkchainNode;
import org.silkchain.node.TestConsortium;
import org.silkchain.node.execution.StateKeys;
import org.silkchain.state.proof.ProofVerdict;
import org.silkchain.state.proof.StateProof;
import org.silkchain.state.proof.StateProofVerifier;
import org.silkchain.trade.kv.KvPut;

/**
 * The API against its OpenAPI document, on a real one-validator node: every answer of every
 * operation (successes and refusals) is validated against the documented status, content type and
 * schema, and the suite ends by checking that it exercised every documented operation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private TestConsortium net;
  private SilkchainNode node;
  private final OpenApiContract contract = new OpenApiContract();
  private ContractClient api;
  private KeyPair trader;
  private AccountId traderAccount;
  private long nonce;

  @BeforeAll
  void startNode(@TempDir Path dir) throws Exception {
    net = TestConsortium.create(dir, 1);
    node = SilkchainNode.start(net.configs.get(0));
    api = new ContractClient(contract, node.apiPort());
    trader = net.signingKey("trader");
    traderAccount =
        AccountId.fromInitialKeys(net.genesis.hashFunction(), List.of(trader.publicKey()));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> api.get("/readiness", "/readiness").status() == 200);
  }

  @AfterAll
  void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  private SignedTransaction put(String key) {
    return new KvPut(key, Bytes.utf8("v"))
        .sign(net.genesis.chainId(), trader, nonce++, new ValidityWindow(0, 100_000));
  }

  private static String submitBody(SignedTransaction tx, String extra) {
    return "{\"transaction\": \"" + tx.encode().toHex() + "\"" + extra + "}";
  }

  private ContractClient.Reply submitAndWait(SignedTransaction tx) throws Exception {
    return api.post(
        "/api/v1/transactions", "/api/v1/transactions", submitBody(tx, ", \"wait\": true"));
  }

  @Test
  void healthStatusAndTheDocumentItself() throws Exception {
    assertThat(api.get("/liveness", "/liveness").body().get("status").asText()).isEqualTo("ok");
    ContractClient.Reply status = api.get("/api/v1/status", "/api/v1/status");
    assertThat(status.body().get("nodeId").asText()).isEqualTo("bank-1");

    ContractClient.Reply doc = api.get("/openapi.json", "/openapi.json");
    assertThat(doc.body().get("openapi").asText()).startsWith("3.1");
    assertThat(doc.body()).isEqualTo(contract.document());

    ContractClient.Reply page = api.get("/api/reference", "/api/reference");
    assertThat(page.text()).startsWith("<!DOCTYPE html>").doesNotContain("<script");
    for (String operation : contract.operations()) {
      assertThat(page.text()).contains(ReferencePage.esc(operation.split(" ")[1]));
    }
  }

  @Test
  void metricsAreInPrometheusFormat() throws Exception {
    api.raw("GET", "/api/v1/nowhere"); // a refusal, counted by reason
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                api.get("/metrics", "/metrics")
                    .text()
                    .contains("silkchain_blocks_committed_total"));
    String text = api.get("/metrics", "/metrics").text();
    assertThat(text)
        .contains("silkchain_height ")
        .contains("silkchain_commit_latency_seconds_bucket")
        .contains("silkchain_consensus_round_changes_total")
        .contains("silkchain_mempool_size")
        .contains("silkchain_peers")
        .contains("silkchain_rejected_inputs_total{reason=\"NOT_FOUND\"}")
        .contains("silkchain_governance_validator_power{kind=\"jurisdiction\"")
        .contains("silkchain_governance_votes{kind=\"jurisdiction\"")
        .contains("silkchain_governance_concentration_warnings{kind=\"validator-power\"}")
        .contains("jvm_memory_used_bytes")
        .contains("jvm_gc_");
  }

  @Test
  void submitsAndWaitsThenProvesInclusion() throws Exception {
    SignedTransaction tx = put("proved");
    ContractClient.Reply receipt = submitAndWait(tx);
    assertThat(receipt.status()).as(receipt.text()).isEqualTo(200);
    assertThat(receipt.body().get("result").get("code").asText()).isEqualTo("OK");
    String id = receipt.body().get("id").asText();
    assertThat(id).isEqualTo(tx.id(net.genesis.hashFunction()).toString());

    ContractClient.Reply lookup =
        api.get("/api/v1/transactions/{id}", "/api/v1/transactions/" + id);
    assertThat(lookup.body()).isEqualTo(receipt.body());

    ContractClient.Reply proof =
        api.get("/api/v1/transactions/{id}/proof", "/api/v1/transactions/" + id + "/proof");
    long height = proof.body().get("height").asLong();
    JsonNode block = api.get("/api/v1/blocks/{height}", "/api/v1/blocks/" + height).body();
    JsonNode certificate =
        api.get("/api/v1/blocks/{height}/certificate", "/api/v1/blocks/" + height + "/certificate")
            .body();
    assertThat(certificate.get("blockHash").asText()).isEqualTo(block.get("hash").asText());
    String signedPath = "/api/v1/transactions/" + id + "/signed";
    assertThat(api.get("/api/v1/transactions/{id}/signed", signedPath).code())
        .isEqualTo("UNAUTHENTICATED");
    ContractClient.Reply signed =
        api.get(
            "/api/v1/transactions/{id}/signed",
            signedPath,
            SignedRequest.headers(
                trader, traderAccount, "GET", signedPath, System.currentTimeMillis()));
    assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    assertThat(signed.body().get("height").asLong()).isEqualTo(height);
    SignedTransaction served =
        SignedTransaction.CODEC.decode(Bytes.fromHex(signed.body().get("transaction").asText()));
    assertThat(served).isEqualTo(tx);
    MerkleProof merkle =
        MerkleProof.CODEC.decode(Bytes.fromHex(proof.body().get("proof").asText()));
    Hash root = Hash.fromHex(block.get("transactionsRoot").asText());
    long count = block.get("transactionCount").asLong();
    assertThat(
            MerkleProofVerifier.verify(
                net.genesis.hashFunction(), root, count, Bytes.fromHex(id), merkle))
        .isTrue();
    assertThat(
            MerkleProofVerifier.verify(
                net.genesis.hashFunction(), root, count, Bytes.fromHex("00".repeat(32)), merkle))
        .isFalse();
  }

  @Test
  void waitingTimesOutAsPending() throws Exception {
    // A nonce far ahead is admitted (within the window) but cannot commit before its gap fills.
    SignedTransaction gap =
        new KvPut("later", Bytes.utf8("v"))
            .sign(net.genesis.chainId(), trader, 40, new ValidityWindow(0, 100_000));
    ContractClient.Reply r =
        api.post(
            "/api/v1/transactions",
            "/api/v1/transactions",
            submitBody(gap, ", \"wait\": true, \"timeoutMillis\": 300"));
    assertThat(r.status()).as(r.text()).isEqualTo(202);
    assertThat(r.body().get("status").asText()).isEqualTo("pending");
    ContractClient.Reply pending =
        api.get("/api/v1/transactions/{id}", "/api/v1/transactions/" + r.body().get("id").asText());
    assertThat(pending.body().get("status").asText()).isEqualTo("pending");
  }

  @Test
  void accountsValidatorsModulesAndQueries() throws Exception {
    ContractClient.Reply account =
        api.get("/api/v1/accounts/{id}", "/api/v1/accounts/" + traderAccount);
    assertThat(account.body().get("roles").get(0).asText()).isEqualTo("trader");
    assertThat(account.body().get("keys").get(0).get("key").asText())
        .isEqualTo(trader.publicKey().bytes().toHex());

    // A single validator has no one to connect to: the route answers an empty list.
    ContractClient.Reply peers = api.get("/api/v1/peers", "/api/v1/peers");
    assertThat(peers.status()).isEqualTo(200);
    assertThat(peers.body().get("peers")).isEmpty();

    ContractClient.Reply validators = api.get("/api/v1/validators", "/api/v1/validators");
    assertThat(validators.body().get("validators")).hasSize(1);
    assertThat(validators.body().get("validators").get(0).get("key").asText())
        .isEqualTo(node.nodeKey().bytes().toHex());

    ContractClient.Reply modules = api.get("/api/v1/modules", "/api/v1/modules");
    assertThat(modules.body().get("modules").findValuesAsText("name")).contains("kv", "basket");

    ContractClient.Reply basket =
        api.get("/api/v1/query/{module}/{name}", "/api/v1/query/basket/composition");
    assertThat(basket.status()).isEqualTo(200);
    assertThat(basket.body().has("answer")).isFalse();

    // format=json adds the decoded answer: records as objects, ids as hex, 64-bit numbers as text.
    ContractClient.Reply account2 =
        api.get(
            "/api/v1/query/{module}/{name}",
            "/api/v1/query/identity/account?format=json&request="
                + org.silkchain.trade.identity.AccountTarget.CODEC
                    .encode(new org.silkchain.trade.identity.AccountTarget(traderAccount))
                    .toHex());
    assertThat(account2.status()).as(account2.text()).isEqualTo(200);
    JsonNode answer = account2.body().get("answer");
    assertThat(answer.get("nonce").isTextual()).as(answer.toString()).isTrue();
    assertThat(answer.get("roles").get(0).asText()).isEqualTo("TRADER");
    assertThat(answer.get("keys").get(0).get("bytes").asText())
        .isEqualTo(trader.publicKey().bytes().toHex());
  }

  @Test
  void stateProofsNeedASignedRequestAndVerify() throws Exception {
    String template = "/api/v1/state/proof";
    Bytes key = StateKeys.account(traderAccount);
    String path = template + "?key=" + key.toHex();
    ContractClient.Reply anonymous = api.get(template, path);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
    assertThat(anonymous.field()).isEqualTo(RequestAuth.ACCOUNT);

    long now = System.currentTimeMillis();
    ContractClient.Reply proved =
        api.get(template, path, SignedRequest.headers(trader, traderAccount, "GET", path, now));
    assertThat(proved.status()).as(proved.text()).isEqualTo(200);
    long height = proved.body().get("height").asLong();
    JsonNode block = api.get("/api/v1/blocks/{height}", "/api/v1/blocks/" + height).body();
    assertThat(proved.body().get("stateRoot").asText()).isEqualTo(block.get("stateRoot").asText());
    StateProof proof = StateProof.CODEC.decode(Bytes.fromHex(proved.body().get("proof").asText()));
    Optional<Bytes> value = Optional.of(Bytes.fromHex(proved.body().get("value").asText()));
    Hash root = Hash.fromHex(block.get("stateRoot").asText());
    assertThat(StateProofVerifier.verify(net.genesis.hashFunction(), root, key, value, proof))
        .isEqualTo(ProofVerdict.VALID);

    String absentPath = template + "?key=" + Bytes.utf8("no/such/key").toHex() + "&height=0";
    ContractClient.Reply absent =
        api.get(
            template,
            absentPath,
            SignedRequest.headers(trader, traderAccount, "GET", absentPath, now));
    assertThat(absent.body().get("value").isNull()).isTrue();

    // Signed for another path; too old; signed by a key that is not the account's.
    ContractClient.Reply replayed =
        api.get(
            template, absentPath, SignedRequest.headers(trader, traderAccount, "GET", path, now));
    assertThat(replayed.code()).isEqualTo("UNAUTHENTICATED");
    assertThat(replayed.field()).isEqualTo(RequestAuth.SIGNATURE);
    ContractClient.Reply stale =
        api.get(
            template,
            path,
            SignedRequest.headers(
                trader, traderAccount, "GET", path, now - 2 * RequestAuth.MAX_SKEW_MILLIS));
    assertThat(stale.field()).isEqualTo(RequestAuth.TIMESTAMP);
    KeyPair stranger = net.signingKey("central");
    ContractClient.Reply forged =
        api.get(template, path, SignedRequest.headers(stranger, traderAccount, "GET", path, now));
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.field()).isEqualTo(RequestAuth.SIGNATURE);
  }

  @Test
  void eventStreamReplaysFromAHeightAndResumes() throws Exception {
    SignedTransaction tx = put("streamed");
    long height = submitAndWait(tx).body().get("height").asLong();

    List<String[]> messages = readEvents("/api/v1/events?from=" + height, Map.of(), 2);
    // The receipt comes first, then the block that closes the height and carries its id.
    assertThat(messages.get(0)[1]).isEqualTo("receipt");
    contract.checkSchema("Receipt", messages.get(0)[2]);
    assertThat(JSON.readTree(messages.get(0)[2]).get("id").asText())
        .isEqualTo(tx.id(net.genesis.hashFunction()).toString());
    assertThat(messages.get(1)[0]).isEqualTo(Long.toString(height));
    assertThat(messages.get(1)[1]).isEqualTo("block");
    contract.checkSchema("Block", messages.get(1)[2]);

    // Resuming after that height starts at the next one.
    List<String[]> resumed =
        readEvents("/api/v1/events", Map.of("Last-Event-ID", Long.toString(height)), 1);
    assertThat(resumed.get(0)[0]).isEqualTo(Long.toString(height + 1));

    // Filtered to another module: the receipt is left out, the height still closes.
    List<String[]> filtered =
        readEvents("/api/v1/events?from=" + height + "&module=nothing", Map.of(), 1);
    assertThat(filtered.get(0)[1]).isEqualTo("block");
    assertThat(filtered.get(0)[0]).isEqualTo(Long.toString(height));
  }

  /** Reads {@code count} SSE messages as {id, event, data}; checks the stream's answer. */
  private List<String[]> readEvents(String pathAndQuery, Map<String, String> headers, int count)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(pathAndQuery)).GET();
    headers.forEach(b::header);
    HttpResponse<Stream<String>> r =
        HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofLines());
    contract.check(
        "GET",
        "/api/v1/events",
        r.statusCode(),
        r.headers().firstValue("Content-Type").orElse(""),
        "");
    List<String[]> messages = new ArrayList<>();
    try (Stream<String> lines = r.body()) {
      Iterator<String> it = lines.iterator();
      String[] current = new String[3];
      while (messages.size() < count && it.hasNext()) {
        String line = it.next();
        if (line.isEmpty()) {
          if (current[1] != null) {
            messages.add(current);
          }
          current = new String[3];
        } else if (line.startsWith("id: ")) {
          current[0] = line.substring(4);
        } else if (line.startsWith("event: ")) {
          current[1] = line.substring(7);
        } else if (line.startsWith("data: ")) {
          current[2] = line.substring(6);
        }
      }
    }
    return messages;
  }

  /** Last: the tests above must between them have called every documented operation. */
  @Test
  @Order(Integer.MAX_VALUE)
  void everyDocumentedOperationWasExercised() {
    assertThat(contract.exercised()).containsAll(contract.operations());
  }
}
