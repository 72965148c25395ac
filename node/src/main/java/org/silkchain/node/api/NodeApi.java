package org.silkchain.node.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The node's HTTP API (JDK {@link HttpServer}, JSON, one virtual thread per request so that {@code
 * wait} on submit and event streams hold no pool thread). Routes are under {@code /api/v1/},
 * described by the OpenAPI document at {@code /openapi.json} and the page at {@code
 * /api/reference}; health at {@code /liveness} and {@code /readiness}; Prometheus metrics at {@code
 * /metrics}. See docs/api.md.
 *
 * <p>Every refusal is {@code {"error": {"code", "message", "field"?}}} with a stable code (and the
 * same code and message at the top level, for first-version clients); no response ever carries a
 * stack trace. Request bodies are bounded ({@value #MAX_BODY_BYTES} bytes) and parsed strictly.
 *
 * <p>The constructor binds the port; {@link #start} starts serving and the tip watcher.
 */
public final class NodeApi implements AutoCloseable {
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService threads;
  private final ChainWatcher watcher;
  private final ApiMetrics metrics;

  /**
   * Binds {@code address} (port 0 picks a free one).
   *
   * @throws IOException if it cannot be bound (a port in use)
   */
  public NodeApi(InetSocketAddress address, NodeView node) throws IOException {
    this.server = HttpServer.create(address, 64);
    this.threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("api-", 0).factory());
    this.watcher = new ChainWatcher(node.chain());
    this.metrics = new ApiMetrics(node);
    watcher.onHeight(metrics::onHeight);
    RequestAuth auth = new RequestAuth(System::currentTimeMillis);
    Router router = new Router(metrics::rejected);
    new ChainEndpoints(node).register(router);
    new TransactionEndpoints(node, watcher, auth).register(router);
    new QueryEndpoint(node, auth).register(router);
    new StateEndpoints(node, auth).register(router);
    new EventStream(node, watcher).register(router);
    ApiDocument.create().register(router);
    router.add("GET", "/metrics", metrics::scrape);
    server.setExecutor(threads);
    server.createContext("/", router::dispatch);
    // The console's own context: the longest matching prefix wins, so it is served apart.
    new org.silkchain.node.console.ConsoleRoutes().register(server);
  }

  public void start() {
    watcher.start();
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    watcher.close();
    server.stop(0);
    threads.shutdownNow();
    metrics.close();
  }
}
