package org.silkchain.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's OpenAPI 3.1 document ({@code openapi.yaml} beside this class, written by hand and
 * checked against every response by the contract tests), served as {@code GET /openapi.json}, and
 * its reference page {@code GET /api/reference} rendered from it ({@link ReferencePage}).
 */
public final class ApiDocument {
  private final JsonNode document;
  private final byte[] json;
  private final byte[] html;

  private ApiDocument(JsonNode document) throws IOException {
    this.document = document;
    this.json = HttpJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    this.html = ReferencePage.render(document).getBytes(StandardCharsets.UTF_8);
  }

  /** The document shipped with the node. */
  public static JsonNode load() {
    try (InputStream in = ApiDocument.class.getResourceAsStream("openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is not on the class path");
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.yaml does not parse", e);
    }
  }

  static ApiDocument create() {
    try {
      return new ApiDocument(load());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode document() {
    return document;
  }

  void register(Router router) {
    router.add("GET", "/openapi.json", r -> send(r, "application/json", json));
    router.add("GET", "/api/reference", r -> send(r, "text/html; charset=utf-8", html));
  }

  private static void send(Router.Request request, String type, byte[] body) throws IOException {
    var exchange = request.exchange();
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
