package org.silkchain.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The few routes of a node's HTTP API the benchmark uses, over one shared client. Transport
 * failures come back as values (an {@link Answer} with code {@link #IO_ERROR}), not exceptions: an
 * overloaded node timing out is a result to count.
 */
final class NodeApi {
  /** The code of a submission that got no HTTP answer (timeout, refused connection). */
  static final String IO_ERROR = "IO_ERROR";

  /** A node's answer to a submission: accepted (202) or the API's rejection code. */
  record Answer(boolean accepted, String code) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  Answer submit(URI api, String hex) {
    HttpRequest request =
        HttpRequest.newBuilder(api.resolve("/api/v1/transactions"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"transaction\":\"" + hex + "\"}"))
            .build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 202) {
        return new Answer(true, "ACCEPTED");
      }
      String code = parse(r.body()).path("code").asText("");
      return new Answer(false, code.isEmpty() ? "HTTP_" + r.statusCode() : code);
    } catch (IOException e) {
      return new Answer(false, IO_ERROR);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(false, IO_ERROR);
    }
  }

  /** The node's last committed height, or empty if it does not answer. */
  OptionalLong height(URI api) {
    return get(api, "/api/v1/status")
        .map(j -> OptionalLong.of(j.path("height").asLong()))
        .orElse(OptionalLong.empty());
  }

  /** The ids of the transactions in block {@code height}, or empty if the node lacks it. */
  Optional<List<String>> blockTransactions(URI api, long height) {
    return get(api, "/api/v1/blocks/" + height)
        .map(
            j -> {
              List<String> ids = new ArrayList<>();
              j.path("transactions").forEach(t -> ids.add(t.asText().toLowerCase()));
              return ids;
            });
  }

  /** The result code of a committed transaction, or empty if not committed (yet). */
  Optional<String> resultCode(URI api, String txId) {
    return get(api, "/api/v1/transactions/" + txId)
        .filter(j -> j.path("status").asText().equals("committed"))
        .map(j -> j.path("result").path("code").asText("?"));
  }

  /** The receipt of a committed transaction, or empty if not committed (yet). */
  Optional<JsonNode> receipt(URI api, String txId) {
    return get(api, "/api/v1/transactions/" + txId)
        .filter(j -> j.path("status").asText().equals("committed"));
  }

  /** A module query's hex response, or empty on any error. */
  Optional<String> query(URI api, String module, String name, String requestHex) {
    return get(api, "/api/v1/query/" + module + "/" + name + "?request=" + requestHex)
        .map(j -> j.path("response").asText());
  }

  private Optional<JsonNode> get(URI api, String path) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(api.resolve(path))
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? Optional.of(parse(r.body())) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
