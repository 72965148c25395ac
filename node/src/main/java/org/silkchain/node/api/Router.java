package org.silkchain.node.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Routes {@code METHOD /path/{param}} templates to handlers, with one error model for all of them:
 * 404 {@code NOT_FOUND} for a path no route has, 405 {@code METHOD_NOT_ALLOWED} (with {@code
 * Allow}) for a known path with another method, the handler's {@link ApiException}, and 500 {@code
 * INTERNAL} (logged, never a stack trace in the answer) for anything else.
 */
final class Router {
  private static final System.Logger LOG = System.getLogger(Router.class.getName());

  /** A request as a handler sees it: the exchange, path parameters and query parameters. */
  record Request(HttpExchange exchange, Map<String, String> path, Map<String, String> query) {
    String method() {
      return exchange.getRequestMethod();
    }

    Optional<String> param(String name) {
      return Optional.ofNullable(query.get(name));
    }
  }

  @FunctionalInterface
  interface Handler {
    void handle(Request request) throws IOException, ApiException;
  }

  private record Route(String method, String[] segments, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();
  private final Consumer<String> refused;

  /**
   * @param refused told the code of every refusal (4xx and 5xx), for the metrics
   */
  Router(Consumer<String> refused) {
    this.refused = refused;
  }

  Router add(String method, String template, Handler handler) {
    routes.add(new Route(method, split(template), handler));
    return this;
  }

  void dispatch(HttpExchange exchange) {
    try (exchange) {
      try {
        route(exchange);
      } catch (ApiException e) {
        refused.accept(e.code());
        HttpJson.error(exchange, e);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "API request failed: " + e, e);
        refused.accept("INTERNAL");
        HttpJson.error(exchange, 500, "INTERNAL", "internal error");
      }
    } catch (IOException | RuntimeException e) {
      // The response may already be under way, or the client gone: it sees a cut connection.
      LOG.log(Level.DEBUG, "API response not completed: " + e);
    }
  }

  private void route(HttpExchange exchange) throws IOException, ApiException {
    String[] segments = split(exchange.getRequestURI().getPath());
    TreeSet<String> allowed = new TreeSet<>();
    for (Route r : routes) {
      Map<String, String> params = match(r.segments, segments);
      if (params == null) {
        continue;
      }
      if (!r.method.equals(exchange.getRequestMethod())) {
        allowed.add(r.method);
        continue;
      }
      r.handler.handle(new Request(exchange, params, QueryString.parse(exchange)));
      return;
    }
    if (allowed.isEmpty()) {
      throw ApiException.notFound("NOT_FOUND", "no such endpoint");
    }
    exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
    throw new ApiException(405, "METHOD_NOT_ALLOWED", "use " + String.join(" or ", allowed), null);
  }

  /** The template's parameters if {@code path} fits it, else null. */
  private static Map<String, String> match(String[] template, String[] path) {
    if (template.length != path.length) {
      return null;
    }
    Map<String, String> params = new TreeMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (t.startsWith("{") && t.endsWith("}")) {
        if (path[i].isEmpty()) {
          return null;
        }
        params.put(t.substring(1, t.length() - 1), path[i]);
      } else if (!t.equals(path[i])) {
        return null;
      }
    }
    return params;
  }

  private static String[] split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.split("/", -1);
  }
}
