package org.silkchain.node.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.node.execution.StateKeys;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.storage.CommittedBlock;

/**
 * {@code GET /api/v1/events}: Server-Sent Events of committed blocks, receipts and module events.
 *
 * <p>Parameters: {@code from} (first height; default the next one), {@code kinds} (comma-separated
 * subset of {@code block,receipt,event}; default all), {@code module} and {@code type} (only events
 * of that module and type, and only receipts with such an event). Heights already committed are
 * replayed from the store, then the stream follows the tip.
 *
 * <p>Order within a height: each receipt followed by its events, then the {@code block} event,
 * which alone carries the SSE {@code id} (the height). A client that reconnects with {@code
 * Last-Event-ID: H} therefore resumes exactly at {@code H + 1}: the height it saw closed is not
 * repeated, a height it saw half is. With blocks filtered out, an id-only message still closes each
 * height. A comment line keeps idle connections open every {@value #KEEP_ALIVE_MILLIS} ms.
 */
final class EventStream {
  static final int MAX_STREAMS = 64;
  static final long KEEP_ALIVE_MILLIS = 15_000;

  enum Kind {
    BLOCK,
    RECEIPT,
    EVENT
  }

  private record Filter(Set<Kind> kinds, Optional<String> module, Optional<String> type) {
    boolean matches(Event e) {
      return module.map(m -> m.equals(e.module())).orElse(true)
          && type.map(t -> t.equals(e.type())).orElse(true);
    }

    boolean matches(Receipt r) {
      return (module.isEmpty() && type.isEmpty()) || r.events().stream().anyMatch(this::matches);
    }
  }

  private final NodeView node;
  private final ChainWatcher watcher;
  private final Semaphore streams = new Semaphore(MAX_STREAMS);

  EventStream(NodeView node, ChainWatcher watcher) {
    this.node = node;
    this.watcher = watcher;
  }

  void register(Router router) {
    router.add("GET", "/api/v1/events", this::stream);
  }

  private void stream(Router.Request request) throws IOException, ApiException {
    QueryString.only(request.query(), "from", "kinds", "module", "type");
    Filter filter = filter(request);
    long tip = node.chain().tip().height();
    long from = QueryString.nonNegative(request.query(), "from", tip + 1);
    String lastId = request.exchange().getRequestHeaders().getFirst("Last-Event-ID");
    if (lastId != null) {
      from = ChainEndpoints.height(lastId.trim(), "Last-Event-ID") + 1;
    }
    if (!streams.tryAcquire()) {
      throw new ApiException(503, "BUSY", "over " + MAX_STREAMS + " open event streams", null);
    }
    try {
      HttpExchange exchange = request.exchange();
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        follow(out, from, filter);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      streams.release();
    }
  }

  private Filter filter(Router.Request request) throws ApiException {
    EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
    String list = request.param("kinds").orElse("block,receipt,event");
    for (String k : list.split(",", -1)) {
      try {
        kinds.add(Kind.valueOf(k.trim().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ApiException.field("MALFORMED", "kinds", "one or more of block,receipt,event");
      }
    }
    return new Filter(
        kinds,
        request.param("module").filter(s -> !s.isEmpty()),
        request.param("type").filter(s -> !s.isEmpty()));
  }

  /** Writes heights from {@code next} on until the client leaves or the node stops. */
  private void follow(OutputStream out, long next, Filter filter)
      throws IOException, InterruptedException {
    while (true) {
      long tip = node.chain().tip().height();
      for (long h = next; h <= tip; h++) {
        emit(out, h, filter);
      }
      next = Math.max(next, tip + 1);
      out.flush();
      long seen = watcher.awaitAbove(next - 1, KEEP_ALIVE_MILLIS);
      if (watcher.isClosed()) {
        return;
      }
      if (seen < next) {
        write(out, ": keep-alive\n\n");
        out.flush();
      }
    }
  }

  private void emit(OutputStream out, long height, Filter filter) throws IOException {
    CommittedBlock block = node.chain().store().blockAt(height).orElseThrow();
    for (TransactionId id : block.txIds()) {
      Optional<Receipt> found = node.chain().get(StateKeys.receipt(id)).map(Receipt.CODEC::decode);
      if (found.isEmpty() || !filter.matches(found.get())) {
        continue;
      }
      Receipt r = found.get();
      if (filter.kinds().contains(Kind.RECEIPT)) {
        message(out, null, "receipt", ReceiptJson.of(r));
      }
      if (filter.kinds().contains(Kind.EVENT)) {
        for (Event e : r.events()) {
          if (filter.matches(e)) {
            message(out, null, "event", eventJson(r, e));
          }
        }
      }
    }
    if (filter.kinds().contains(Kind.BLOCK)) {
      message(out, Long.toString(height), "block", ChainEndpoints.blockJson(block));
    } else {
      write(out, "id: " + height + "\n\n");
    }
  }

  static Map<String, Object> eventJson(Receipt r, Event e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("height", r.height());
    body.put("txId", r.txId().toString());
    body.put("index", r.txIndex());
    body.put("module", e.module());
    body.put("type", e.type());
    body.put("attributes", new LinkedHashMap<>(e.attributes()));
    return body;
  }

  private static void message(OutputStream out, String id, String event, Object data)
      throws IOException {
    StringBuilder text = new StringBuilder();
    if (id != null) {
      text.append("id: ").append(id).append('\n');
    }
    text.append("event: ").append(event).append('\n');
    // Jackson writes no raw newline, so the JSON is one data line.
    text.append("data: ").append(HttpJson.JSON.writeValueAsString(data)).append("\n\n");
    write(out, text.toString());
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
