package org.silkchain.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A running subscription to the node's event stream, on its own virtual thread. When the connection
 * drops it reconnects after the last height it saw closed (the stream's resume point), so the
 * listener sees each closed height once; a height cut off midway is delivered again from its start.
 * {@link #close} stops it.
 */
public final class Subscription implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long RECONNECT_MILLIS = 500;

  private final HttpClient http;
  private final URI api;
  private final EventRequest request;
  private final Consumer<ChainEvent> listener;
  private final AtomicLong lastClosed = new AtomicLong(-1);
  private volatile boolean closed;
  private volatile Stream<String> current;
  private final Thread thread;

  Subscription(HttpClient http, URI api, EventRequest request, Consumer<ChainEvent> listener) {
    this.http = http;
    this.api = api;
    this.request = request;
    this.listener = listener;
    this.thread = Thread.ofVirtual().name("silkchain-events").unstarted(this::run);
  }

  Subscription start() {
    thread.start();
    return this;
  }

  /** The last height whose block closed on this subscription, or -1. */
  public long lastHeight() {
    return lastClosed.get();
  }

  private void run() {
    while (!closed) {
      try {
        long last = lastClosed.get();
        Optional<Long> resume = last < 0 ? Optional.empty() : Optional.of(last + 1);
        HttpRequest get =
            HttpRequest.newBuilder(api.resolve("/api/v1/events" + request.query(resume)))
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        HttpResponse<Stream<String>> response = http.send(get, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
          String body = String.join("\n", response.body().toList());
          throw new ApiError(response.statusCode(), "STREAM_REFUSED", body, null);
        }
        current = response.body();
        read(current.iterator());
      } catch (IOException | UncheckedIOException | ApiError e) {
        // Reconnect below, unless closed.
      } catch (InterruptedException e) {
        return;
      }
      try {
        Thread.sleep(RECONNECT_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void read(Iterator<String> lines) throws IOException {
    String id = null;
    String event = null;
    String data = null;
    while (!closed && lines.hasNext()) {
      String line = lines.next();
      if (line.isEmpty()) {
        if (event != null && data != null) {
          JsonNode json = JSON.readTree(data);
          long height = id != null ? Long.parseLong(id) : json.path("height").asLong();
          listener.accept(new ChainEvent(event, height, json));
        }
        if (id != null) {
          lastClosed.set(Long.parseLong(id));
        }
        id = null;
        event = null;
        data = null;
      } else if (line.startsWith("id: ")) {
        id = line.substring(4);
      } else if (line.startsWith("event: ")) {
        event = line.substring(7);
      } else if (line.startsWith("data: ")) {
        data = line.substring(6);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    Stream<String> s = current;
    if (s != null) {
      s.close();
    }
    thread.interrupt();
  }
}
