package org.silkchain.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;

/**
 * A small client of the node HTTP API: signs and submits a transaction, waits until it is committed
 * (polling the receipt until a deadline) and runs module queries. Submissions rotate over the
 * nodes, so the story visibly uses the whole network.
 */
public final class ChainClient {
  /** What a committed transaction left: its id, block height, result code and the receipt. */
  public record Committed(String txId, long height, String code, JsonNode receipt) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration POLL = Duration.ofMillis(100);
  private static final long VALIDITY_BLOCKS = 100_000;

  private final List<URI> apis;
  private final ChainId chainId;
  private final SignatureSuite suite;
  private final HashFunction hash;
  private final Duration patience;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private int next;

  /**
   * @param apis base URIs of the nodes' APIs ({@code http://127.0.0.1:28601})
   * @param patience how long a transaction may take to commit
   */
  public ChainClient(
      List<URI> apis, ChainId chainId, SignatureSuite suite, HashFunction hash, Duration patience) {
    this.apis = List.copyOf(apis);
    this.chainId = chainId;
    this.suite = suite;
    this.hash = hash;
    this.patience = patience;
  }

  public HashFunction hash() {
    return hash;
  }

  /** Signs {@code payload} as {@code who}, submits it and waits until it is committed. */
  public Committed execute(Party who, Payload payload) throws StepFailed {
    long nonce = who.takeNonce();
    TransactionBody body =
        new TransactionBody(
            chainId, who.account(), nonce, new ValidityWindow(0, VALIDITY_BLOCKS), payload);
    SignedTransaction tx = SignedTransaction.sign(body, List.of(who.key()), suite);
    String id = tx.id(hash).hash().toHex();
    URI api = apis.get(next++ % apis.size());
    JsonNode answer =
        send(
            HttpRequest.newBuilder(api.resolve("/api/v1/transactions"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json(Map.of("transaction", tx.encode().toHex()))))
                .build(),
            202);
    if (!answer.path("id").asText().equalsIgnoreCase(id)) {
      throw new StepFailed("node answered id " + answer.path("id") + " for transaction " + id);
    }
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Optional<JsonNode> receipt = receipt(api, id);
      if (receipt.isPresent()) {
        JsonNode r = receipt.get();
        return new Committed(
            id, r.path("height").asLong(), r.path("result").path("code").asText("?"), r);
      }
      if (System.nanoTime() - deadline > 0) {
        throw new StepFailed(
            "transaction " + id + " not committed within " + patience.toSeconds() + " s");
      }
      pause();
    }
  }

  /**
   * Runs query {@code module/name} with {@code request} and decodes the answer.
   *
   * @throws StepFailed if the node answers with an error (such as NOT_FOUND)
   */
  public <Q, R> R query(String module, String name, Codec<Q> request, Q value, Codec<R> response)
      throws StepFailed {
    return response.decode(queryRaw(module, name, request.encode(value)));
  }

  /** The canonical encoding a query answers with, undecoded. */
  public Bytes queryRaw(String module, String name, Bytes request) throws StepFailed {
    URI uri =
        apis.get(0).resolve("/api/v1/query/" + module + "/" + name + "?request=" + request.toHex());
    JsonNode answer = send(HttpRequest.newBuilder(uri).GET().build(), 200);
    return Bytes.fromHex(answer.path("response").asText());
  }

  private Optional<JsonNode> receipt(URI api, String id) throws StepFailed {
    HttpResponse<String> r =
        call(HttpRequest.newBuilder(api.resolve("/api/v1/transactions/" + id)).GET().build());
    if (r.statusCode() == 404) {
      return Optional.empty(); // not yet seen by this node
    }
    JsonNode body = parse(r);
    if (r.statusCode() != 200) {
      throw new StepFailed("receipt of " + id + ": HTTP " + r.statusCode() + " " + body);
    }
    return body.path("status").asText().equals("committed") ? Optional.of(body) : Optional.empty();
  }

  private JsonNode send(HttpRequest request, int expectedStatus) throws StepFailed {
    HttpResponse<String> r = call(request);
    JsonNode body = parse(r);
    if (r.statusCode() != expectedStatus) {
      throw new StepFailed(
          request.method()
              + " "
              + request.uri().getPath()
              + ": HTTP "
              + r.statusCode()
              + " "
              + body.path("code").asText("")
              + " "
              + body.path("message").asText(""));
    }
    return body;
  }

  private HttpResponse<String> call(HttpRequest request) throws StepFailed {
    try {
      return http.send(
          HttpRequest.newBuilder(request, (k, v) -> true).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new StepFailed(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailed("interrupted", e);
    }
  }

  private static JsonNode parse(HttpResponse<String> r) throws StepFailed {
    try {
      return JSON.readTree(r.body().isEmpty() ? "{}" : r.body());
    } catch (IOException e) {
      throw new StepFailed(r.uri() + ": not JSON: " + e.getMessage(), e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause() throws StepFailed {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailed("interrupted", e);
    }
  }
}
