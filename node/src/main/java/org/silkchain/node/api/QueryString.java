package org.silkchain.node.api;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** The query parameters of a request (the first value of each name; names and values decoded). */
final class QueryString {
  static final int MAX_PARAMETERS = 16;

  private QueryString() {}

  static Map<String, String> parse(HttpExchange exchange) throws ApiException {
    String raw = exchange.getRequestURI().getRawQuery();
    Map<String, String> params = new TreeMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    String[] pairs = raw.split("&");
    if (pairs.length > MAX_PARAMETERS) {
      throw ApiException.badRequest("MALFORMED", "more than " + MAX_PARAMETERS + " parameters");
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.putIfAbsent(name, value);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("MALFORMED", "bad percent-encoding in the query string");
      }
    }
    return params;
  }

  /** A non-negative long parameter, or {@code fallback} when absent. */
  static long nonNegative(Map<String, String> params, String name, long fallback)
      throws ApiException {
    String value = params.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.field("MALFORMED", name, "must be a non-negative integer");
  }

  /** Refuses parameters other than {@code allowed}, naming the first. */
  static void only(Map<String, String> params, String... allowed) throws ApiException {
    outer:
    for (String name : params.keySet()) {
      for (String a : allowed) {
        if (a.equals(name)) {
          continue outer;
        }
      }
      throw ApiException.field("UNKNOWN_FIELD", name, "unknown query parameter");
    }
  }
}
