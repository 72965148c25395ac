package org.silkchain.node.api;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.node.SilkchainNode;
import org.silkchain.node.TestConsortium;

class NodeApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path dir;

  private record Reply(int status, JsonNode body) {}

  private Reply get(int port, String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), JSON.readTree(r.body()));
  }

  private Reply post(int port, String body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/transactions"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), JSON.readTree(r.body()));
  }

  @Test
  void submitsTransactionsAndReportsStatusBlocksAndResults() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    try (SilkchainNode node = SilkchainNode.start(net.configs.get(0))) {
      int port = node.apiPort();
      assertThat(get(port, "/liveness").body().get("status").asText()).isEqualTo("ok");
      await().atMost(Duration.ofSeconds(20)).until(() -> get(port, "/readiness").status() == 200);

      Reply status = get(port, "/api/v1/status");
      assertThat(status.body().get("nodeId").asText()).isEqualTo("bank-1");
      assertThat(status.body().get("nodeKey").asText()).isEqualTo(node.nodeKey().bytes().toHex());
      assertThat(status.body().get("validator").asBoolean()).isTrue();

      SignedTransaction tx =
          new org.silkchain.trade.kv.KvPut("k", org.silkchain.codec.Bytes.utf8("v"))
              .sign(
                  net.genesis.chainId(),
                  net.signingKey("trader"),
                  0,
                  new org.silkchain.ledger.transaction.ValidityWindow(0, 100_000));
      String body = "{\"transaction\": \"" + tx.encode().toHex() + "\"}";
      Reply accepted = post(port, body);
      assertThat(accepted.status()).isEqualTo(202);
      String id = accepted.body().get("id").asText();
      assertThat(id).isEqualTo(tx.id(net.genesis.hashFunction()).toString());
      assertThat(accepted.body().get("status").asText()).isEqualTo("pending");

      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  get(port, "/api/v1/transactions/" + id)
                      .body()
                      .get("status")
                      .asText()
                      .equals("committed"));
      Reply committed = get(port, "/api/v1/transactions/" + id);
      assertThat(committed.body().get("result").get("code").asText()).isEqualTo("OK");
      assertThat(committed.body().get("result").get("message").asText()).isEmpty();
      assertThat(committed.body().get("index").asInt()).isZero();
      assertThat(committed.body().get("events").isArray()).isTrue();
      long height = committed.body().get("height").asLong();
      Reply block = get(port, "/api/v1/blocks/" + height);
      assertThat(block.status()).isEqualTo(200);
      assertThat(block.body().get("transactions").get(0).asText()).isEqualTo(id);

      Reply replay = post(port, body);
      assertThat(replay.status()).isEqualTo(400);
      assertThat(replay.body().get("code").asText()).isEqualTo("NONCE_TOO_LOW");
      Reply garbage = post(port, "{\"transaction\": \"00ff\"}");
      assertThat(garbage.status()).isEqualTo(400);
      assertThat(garbage.body().get("code").asText()).isEqualTo("MALFORMED");
      Reply notJson = post(port, "nonsense");
      assertThat(notJson.body().get("code").asText()).isEqualTo("MALFORMED");
      assertThat(get(port, "/api/v1/blocks/99999999").status()).isEqualTo(404);
      Reply unknown = get(port, "/api/v1/transactions/" + "00".repeat(32));
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.body().get("code").asText()).isEqualTo("UNKNOWN_TRANSACTION");

      // Queries: the basket's composition is in the genesis state; errors have stable codes.
      Reply basket = get(port, "/api/v1/query/basket/composition");
      assertThat(basket.status()).as(basket.body().toString()).isEqualTo(200);
      assertThat(
              org.silkchain.trade.basket.Composition.CODEC
                  .decode(org.silkchain.codec.Bytes.fromHex(basket.body().get("response").asText()))
                  .code())
          .isEqualTo("XDR");
      Reply noQuery = get(port, "/api/v1/query/currency/nothing?request=");
      assertThat(noQuery.status()).isEqualTo(400);
      assertThat(noQuery.body().get("code").asText()).isEqualTo("UNKNOWN_QUERY");
      Reply noModule = get(port, "/api/v1/query/letters/balance");
      assertThat(noModule.body().get("code").asText()).isEqualTo("UNKNOWN_QUERY");
      Reply badHex = get(port, "/api/v1/query/currency/balance?request=zz");
      assertThat(badHex.status()).isEqualTo(400);
      assertThat(badHex.body().get("code").asText()).isEqualTo("MALFORMED");
      Reply badRequest = get(port, "/api/v1/query/currency/balance?request=00");
      assertThat(badRequest.body().get("code").asText()).isEqualTo("MALFORMED");
      Reply huge = get(port, "/api/v1/query/currency/balance?request=" + "00".repeat(5000));
      assertThat(huge.status()).isEqualTo(400);
      assertThat(huge.body().get("code").asText()).isEqualTo("TOO_LARGE");
    }
  }

  @Test
  void aDuplicateSubmissionIsAConflict() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    // A huge block interval keeps the transaction pending while it is submitted twice.
    var slow =
        new org.silkchain.node.config.ConsensusSettings(
            60_000, 0, 60_000, 0, 60_000, 0, 60_000, 30_000, 4 << 20);
    try (SilkchainNode node = SilkchainNode.start(net.configs.get(0).withConsensus(slow))) {
      var tx =
          new org.silkchain.trade.kv.KvPut("k", org.silkchain.codec.Bytes.utf8("v"))
              .sign(
                  net.genesis.chainId(),
                  net.signingKey("trader"),
                  0,
                  new org.silkchain.ledger.transaction.ValidityWindow(0, 100_000));
      String body = "{\"transaction\": \"" + tx.encode().toHex() + "\"}";
      assertThat(post(node.apiPort(), body).status()).isEqualTo(202);
      Reply again = post(node.apiPort(), body);
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.body().get("code").asText()).isEqualTo("DUPLICATE");
      String id = tx.id(net.genesis.hashFunction()).toString();
      Reply pending = get(node.apiPort(), "/api/v1/transactions/" + id);
      assertThat(pending.status()).isEqualTo(200);
      assertThat(pending.body().get("status").asText()).isEqualTo("pending");
      assertThat(get(node.apiPort(), "/api/v1/status").body().get("mempool").asInt()).isEqualTo(1);
    }
  }
}
