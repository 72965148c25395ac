package org.silkchain.node.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;

/**
 * {@code GET /api/v1/query/{module}/{name}?request=<hex>}: a module query ({@code Runtime.query})
 * on the state after the tip, with the canonical request encoding in hex (empty or absent for a
 * query without argument). Answers {@code {"height": H, "response": "<hex>"}}.
 *
 * <p>Errors (400 unless said): {@code TOO_LARGE} for a request over {@value #MAX_REQUEST_BYTES}
 * bytes, {@code MALFORMED} for bad hex, a bad path or a request the query cannot decode, {@code
 * UNKNOWN_QUERY} for a module or query the runtime does not have, 404 {@code NOT_FOUND} when the
 * query has no answer, and the query's own code (such as {@code currency.UNKNOWN_CURRENCY})
 * otherwise.
 */
final class QueryEndpoint {
  static final String PREFIX = "/api/v1/query/";
  static final int MAX_REQUEST_BYTES = 4096;

  private final NodeView node;

  QueryEndpoint(NodeView node) {
    this.node = node;
  }

  void handle(HttpExchange exchange) throws IOException {
    String[] parts = exchange.getRequestURI().getPath().substring(PREFIX.length()).split("/", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      HttpJson.error(exchange, 400, "MALFORMED", "use " + PREFIX + "{module}/{name}?request=<hex>");
      return;
    }
    String hex = requestParameter(exchange.getRequestURI().getRawQuery());
    if (hex.length() > 2 * MAX_REQUEST_BYTES) {
      HttpJson.error(exchange, 400, "TOO_LARGE", "request over " + MAX_REQUEST_BYTES + " bytes");
      return;
    }
    Bytes request;
    try {
      request = Bytes.fromHex(hex);
    } catch (RuntimeException e) {
      HttpJson.error(exchange, 400, "MALFORMED", "request must be hex");
      return;
    }
    long height = node.chain().tip().height();
    Bytes response;
    try {
      response = node.runtime().query(node.chain().stateAt(height), parts[0], parts[1], request);
    } catch (Rejection r) {
      rejected(exchange, r);
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", height);
    body.put("response", response.toHex());
    HttpJson.send(exchange, 200, body);
  }

  private static void rejected(HttpExchange exchange, Rejection r) throws IOException {
    ResultCode code = r.code();
    if (code.equals(ResultCode.UNKNOWN_ACTION) || code.equals(ResultCode.UNKNOWN_MODULE)) {
      HttpJson.error(exchange, 400, "UNKNOWN_QUERY", r.getMessage());
    } else if (code.equals(ResultCode.MALFORMED_BODY)) {
      HttpJson.error(exchange, 400, "MALFORMED", r.getMessage());
    } else if (code.equals(ResultCode.NOT_FOUND)) {
      HttpJson.error(exchange, 404, "NOT_FOUND", r.getMessage());
    } else {
      HttpJson.error(exchange, 400, code.value(), r.getMessage());
    }
  }

  /** The value of {@code request=} in a raw query string; empty if absent. */
  private static String requestParameter(String rawQuery) {
    if (rawQuery == null) {
      return "";
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith("request=")) {
        return pair.substring("request=".length());
      }
    }
    return "";
  }
}
