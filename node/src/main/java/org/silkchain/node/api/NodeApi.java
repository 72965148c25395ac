package org.silkchain.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.node.driver.DriverStatus;
import org.silkchain.node.execution.RejectionCode;
import org.silkchain.node.execution.StateKeys;
import org.silkchain.node.mempool.Admission;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.storage.TxLocation;

/**
 * The node's minimal HTTP API (JDK {@link HttpServer}, JSON), as the node contract lists it, until
 * the API issue replaces it. Errors are {@code {"code", "message"}}; no response ever carries a
 * stack trace. Request bodies are bounded ({@value #MAX_BODY_BYTES} bytes).
 */
public final class NodeApi implements AutoCloseable {
  public static final int MAX_BODY_BYTES = 1024 * 1024;
  private static final System.Logger LOG = System.getLogger(NodeApi.class.getName());

  private final HttpServer server;
  private final ExecutorService threads;
  private final NodeView node;

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /**
   * Binds {@code address} (port 0 picks a free one).
   *
   * @throws IOException if it cannot be bound (a port in use)
   */
  public NodeApi(InetSocketAddress address, NodeView node) throws IOException {
    this.node = node;
    this.server = HttpServer.create(address, 32);
    this.threads =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "silkchain-api");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    route("/liveness", "GET", e -> HttpJson.send(e, 200, Map.of("status", "ok")));
    route("/readiness", "GET", this::readiness);
    route("/api/v1/status", "GET", this::status);
    route("/api/v1/transactions", null, this::transactions);
    route("/api/v1/blocks/", "GET", this::block);
    route(QueryEndpoint.PREFIX, "GET", new QueryEndpoint(node)::handle);
    new org.silkchain.node.console.ConsoleRoutes().register(server);
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void route(String path, String method, Handler handler) {
    server.createContext(
        path,
        exchange -> {
          try (exchange) {
            if (method != null && !method.equals(exchange.getRequestMethod())) {
              HttpJson.error(exchange, 405, "METHOD_NOT_ALLOWED", "use " + method);
              return;
            }
            handler.handle(exchange);
          } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "API request failed: " + e, e);
            try {
              HttpJson.error(exchange, 500, "INTERNAL", "internal error");
            } catch (IOException | RuntimeException ignored) {
              // The response may already be under way; the client sees a cut connection.
            }
          }
        });
  }

  private void readiness(HttpExchange exchange) throws IOException {
    DriverStatus s = node.consensus();
    ChainTip tip = node.chain().tip();
    boolean caughtUp = s.running() && s.highestPeerHeight() <= tip.height() + 1;
    boolean connected = node.connectedPeers() >= node.requiredPeers();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ready", caughtUp && connected);
    body.put("caughtUp", caughtUp);
    body.put("peers", node.connectedPeers());
    body.put("requiredPeers", node.requiredPeers());
    HttpJson.send(exchange, caughtUp && connected ? 200 : 503, body);
  }

  private void status(HttpExchange exchange) throws IOException {
    ChainTip tip = node.chain().tip();
    DriverStatus s = node.consensus();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nodeId", node.memberId());
    body.put("nodeKey", node.nodeKey().bytes().toHex());
    body.put("height", tip.height());
    body.put("tipHash", tip.blockHash().toHex());
    body.put("stateRoot", tip.stateRoot().toHex());
    body.put("round", s.round());
    body.put("peers", node.connectedPeers());
    body.put("mempool", node.mempool().size());
    body.put("validator", true);
    HttpJson.send(exchange, 200, body);
  }

  private void transactions(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/api/v1/transactions") && exchange.getRequestMethod().equals("POST")) {
      submit(exchange);
    } else if (path.startsWith("/api/v1/transactions/")
        && exchange.getRequestMethod().equals("GET")) {
      lookup(exchange, path.substring("/api/v1/transactions/".length()));
    } else {
      HttpJson.error(exchange, 404, "NOT_FOUND", "no such endpoint");
    }
  }

  private void submit(HttpExchange exchange) throws IOException {
    Optional<byte[]> body = HttpJson.body(exchange, MAX_BODY_BYTES);
    if (body.isEmpty()) {
      HttpJson.error(exchange, 413, "TOO_LARGE", "request body over " + MAX_BODY_BYTES + " bytes");
      return;
    }
    Bytes encoded;
    try {
      JsonNode json = HttpJson.JSON.readTree(body.get());
      encoded = Bytes.fromHex(json.get("transaction").asText());
    } catch (IOException | RuntimeException e) {
      HttpJson.error(exchange, 400, "MALFORMED", "body must be {\"transaction\": \"<hex>\"}");
      return;
    }
    Admission admission = node.gossip().submit(encoded);
    if (admission.isAdmitted()) {
      HttpJson.send(
          exchange,
          202,
          Map.of("id", admission.id().orElseThrow().toString(), "status", "pending"));
      return;
    }
    RejectionCode code = admission.rejection().orElseThrow();
    int status =
        switch (code) {
          case DUPLICATE -> 409;
          case MEMPOOL_FULL, SENDER_QUOTA -> 503;
          default -> 400;
        };
    HttpJson.error(exchange, status, code.name(), admission.detail());
  }

  private void lookup(HttpExchange exchange, String hex) throws IOException {
    TransactionId id;
    try {
      id = new TransactionId(Hash.fromHex(hex));
    } catch (RuntimeException e) {
      HttpJson.error(exchange, 400, "MALFORMED", "not a transaction id");
      return;
    }
    Optional<TxLocation> location = node.chain().store().locate(id);
    if (location.isPresent()) {
      // The receipt is in state from the block that included it on, so the tip's state has it.
      Optional<Receipt> receipt =
          node.chain().get(StateKeys.receipt(id)).map(Receipt.CODEC::decode);
      if (receipt.isPresent()) {
        HttpJson.send(exchange, 200, ReceiptJson.of(receipt.get()));
        return;
      }
      TxLocation at = location.get();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", id.toString());
      body.put("status", "committed");
      body.put("height", at.height());
      body.put("index", at.index());
      body.put("result", Map.of("code", "UNKNOWN", "message", "no receipt in state"));
      HttpJson.send(exchange, 200, body);
    } else if (node.mempool().contains(id)) {
      HttpJson.send(exchange, 200, Map.of("id", id.toString(), "status", "pending"));
    } else {
      HttpJson.error(exchange, 404, "UNKNOWN_TRANSACTION", "neither committed nor pending");
    }
  }

  private void block(HttpExchange exchange) throws IOException {
    String tail = exchange.getRequestURI().getPath().substring("/api/v1/blocks/".length());
    long height;
    try {
      height = Long.parseLong(tail);
    } catch (NumberFormatException e) {
      HttpJson.error(exchange, 400, "MALFORMED", "height must be a number");
      return;
    }
    Optional<CommittedBlock> found =
        height < 0 ? Optional.empty() : node.chain().store().blockAt(height);
    if (found.isEmpty()) {
      HttpJson.error(exchange, 404, "UNKNOWN_BLOCK", "no block at height " + height);
      return;
    }
    CommittedBlock b = found.get();
    BlockHeader h = b.block().header();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", h.height());
    body.put("hash", b.hash().toHex());
    body.put("chainId", h.chainId().value());
    body.put("previousHash", h.previousHash().toHex());
    body.put("timestampMillis", h.timestampMillis());
    body.put("proposer", h.proposer().bytes().toHex());
    body.put("validatorSetHash", h.validatorSetHash().toHex());
    body.put("transactionCount", h.transactionCount());
    body.put("transactionsRoot", h.transactionsRoot().toHex());
    body.put("stateRoot", h.stateRoot().toHex());
    body.put("resultsRoot", h.resultsRoot().toHex());
    List<String> ids = new ArrayList<>();
    b.txIds().forEach(id -> ids.add(id.toString()));
    body.put("transactions", ids);
    b.certificate()
        .ifPresent(
            c ->
                body.put(
                    "certificate",
                    Map.of("round", c.round(), "signatures", c.signatures().size())));
    HttpJson.send(exchange, 200, body);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
