package org.silkchain.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** An HTTP client for the API whose every answer is checked against the OpenAPI document. */
final class ContractClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Reply(int status, JsonNode body, String text, HttpResponse<String> response) {
    String code() {
      return body.path("error").path("code").asText("");
    }

    String field() {
      return body.path("error").path("field").asText("");
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final OpenApiContract contract;
  private final int port;

  ContractClient(OpenApiContract contract, int port) {
    this.contract = contract;
    this.port = port;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  /** GET {@code pathAndQuery}, documented as {@code template}. */
  Reply get(String template, String pathAndQuery) throws Exception {
    return get(template, pathAndQuery, Map.of());
  }

  Reply get(String template, String pathAndQuery, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    headers.forEach(b::header);
    return send("GET", template, b.build());
  }

  Reply post(String template, String pathAndQuery, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send("POST", template, request);
  }

  /** A request with any method, answered by the router alone (checked as an Error). */
  Reply raw(String method, String pathAndQuery) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    contract.checkSchema("Error", r.body());
    return new Reply(r.statusCode(), JSON.readTree(r.body()), r.body(), r);
  }

  private Reply send(String method, String template, HttpRequest request) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    String type = r.headers().firstValue("Content-Type").orElse("");
    contract.check(method, template, r.statusCode(), type, r.body());
    JsonNode body = type.startsWith("application/json") ? JSON.readTree(r.body()) : null;
    return new Reply(r.statusCode(), body, r.body(), r);
  }
}
