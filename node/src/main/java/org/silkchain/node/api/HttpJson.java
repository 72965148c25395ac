package org.silkchain.node.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/** JSON in and out of an exchange, with a bounded request body. */
final class HttpJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private HttpJson() {}

  static void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void error(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    send(exchange, status, Map.of("code", code, "message", message));
  }

  /** The body, or empty if it is longer than {@code limit} bytes. */
  static Optional<byte[]> body(HttpExchange exchange, int limit) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(limit + 1);
      return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }
  }
}
