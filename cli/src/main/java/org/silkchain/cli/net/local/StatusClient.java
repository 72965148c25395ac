package org.silkchain.cli.net.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Asks nodes over their HTTP API whether they are up and how far they have got. */
public final class StatusClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final Duration timeout;

  public StatusClient(Duration timeout) {
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** The node's status, or empty if it does not answer (yet) with a valid one. */
  public Optional<NodeStatus> status(HostPort api) {
    try {
      HttpResponse<String> response = get(api, "/api/v1/status");
      if (response.statusCode() != 200) {
        return Optional.empty();
      }
      return Optional.of(NodeStatus.fromJson(JSON.readTree(response.body())));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** True if {@code GET /liveness} answers 200. */
  public boolean live(HostPort api) {
    try {
      return get(api, "/liveness").statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private HttpResponse<String> get(HostPort api, String path) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(api.http(path)).timeout(timeout).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
