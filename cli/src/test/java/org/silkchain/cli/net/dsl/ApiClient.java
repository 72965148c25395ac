package org.silkchain.cli.net.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP to one node's API. Shared by threads (the JDK client is thread-safe). */
final class ApiClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** A response: status code and body as JSON ({@link MissingNode} if not JSON). */
  record Reply(int status, JsonNode body) {
    String code() {
      return body.path("code").asText("");
    }
  }

  private ApiClient() {}

  static Reply get(URI uri) throws IOException {
    return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build());
  }

  static Reply post(URI uri, JsonNode body) throws IOException {
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  private static Reply send(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body;
      try {
        body =
            response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
      } catch (IOException e) {
        body = MissingNode.getInstance();
      }
      return new Reply(response.statusCode(), body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
