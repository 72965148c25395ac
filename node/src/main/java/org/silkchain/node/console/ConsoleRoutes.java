package org.silkchain.node.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves the web console (module {@code silkchain-console}) at {@value #PATH} on the node's API
 * port: the files Vite built, read from the classpath under {@code console/}. Requests for the bare
 * path get {@code index.html}; unknown files get a JSON 404 like the rest of the API; only GET and
 * HEAD are answered. See {@link ConsolePath} for which names can be served at all.
 *
 * <p>Caching: Vite names each bundle after its content hash ({@code assets/index-3f9a.js}), so
 * files under {@code assets/} are cached for a year as immutable; {@code index.html}, which names
 * the current bundles, is revalidated every time so that an upgraded node serves its new console at
 * once.
 */
public final class ConsoleRoutes {
  public static final String PATH = "/console/";
  private static final String RESOURCE_ROOT = "console/";
  private static final System.Logger LOG = System.getLogger(ConsoleRoutes.class.getName());

  private final String resourceRoot;
  private final ClassLoader loader;

  /** The console packaged in the node's classpath. */
  public ConsoleRoutes() {
    this(RESOURCE_ROOT, ConsoleRoutes.class.getClassLoader());
  }

  /** Files under {@code resourceRoot} (ending in '/') of {@code loader}; for tests. */
  ConsoleRoutes(String resourceRoot, ClassLoader loader) {
    this.resourceRoot = resourceRoot;
    this.loader = loader;
  }

  /** Adds the console's context to {@code server}, and a redirect from {@code /console}. */
  public void register(HttpServer server) {
    server.createContext(PATH, this::serve);
    server.createContext(
        "/console",
        exchange -> {
          try (exchange) {
            if (exchange.getRequestURI().getPath().equals("/console")) {
              exchange.getResponseHeaders().set("Location", PATH);
              exchange.sendResponseHeaders(308, -1);
            } else {
              Responses.error(exchange, 404, "NOT_FOUND", "no such endpoint");
            }
          }
        });
  }

  void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.error(exchange, 405, "METHOD_NOT_ALLOWED", "use GET");
        return;
      }
      String rawPath = exchange.getRequestURI().getRawPath();
      Optional<ConsolePath> file = ConsolePath.parse(rawPath.substring(PATH.length()));
      if (file.isEmpty()) {
        Responses.error(exchange, 404, "NOT_FOUND", "no such console file");
        return;
      }
      byte[] content;
      try (InputStream in = loader.getResourceAsStream(resourceRoot + file.get().name())) {
        if (in == null) {
          String message =
              file.get().isIndex()
                  ? "the console is not in this build (built with -Dconsole.skip?)"
                  : "no such console file";
          Responses.error(exchange, 404, "NOT_FOUND", message);
          return;
        }
        content = in.readAllBytes();
      }
      var headers = exchange.getResponseHeaders();
      headers.set("Content-Type", file.get().contentType());
      headers.set("Cache-Control", file.get().cacheControl());
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Referrer-Policy", "no-referrer");
      if (file.get().isIndex()) {
        // The console loads only its own bundles and talks only to this node's API.
        headers.set(
            "Content-Security-Policy",
            "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none';"
                + " base-uri 'none'; frame-ancestors 'none'; form-action 'none'");
        headers.set("X-Frame-Options", "DENY");
      }
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, content.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(content);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "console request failed: " + e, e);
    }
  }

  /** JSON errors in the API's shape, {@code {"code", "message"}}. */
  static final class Responses {
    private Responses() {}

    static void error(HttpExchange exchange, int status, String code, String message)
        throws IOException {
      // Codes and messages are fixed strings of this class: no escaping is needed.
      byte[] body =
          ("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (exchange.getRequestMethod().equals("HEAD")) {
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
