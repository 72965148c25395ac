package org.silkchain.cli.client;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.silkchain.sdk.ChainEvent;
import org.silkchain.sdk.EventRequest;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.sdk.Subscription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain events}: follows the node's event stream, one line per event. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Follows the node's event stream (blocks, receipts, module events), replaying from --from,"
          + " reconnecting after the last complete height if the connection drops.",
      "Text: 'HEIGHT KIND summary'; --json: the event's JSON, one object per line.",
      "Runs until interrupted, --count events or --seconds elapse (exit 0)."
    })
public final class EventsCommand extends ClientCommand {
  @Option(names = "--from", description = "First height (default: the next block).")
  Long from;

  @Option(
      names = "--kinds",
      split = ",",
      description = "Some of block,receipt,event (default all).")
  List<String> kinds = List.of();

  @Option(names = "--module", description = "Only events of this module (and their receipts).")
  String module;

  @Option(names = "--type", description = "Only events of this type (and their receipts).")
  String type;

  @Option(names = "--count", description = "Stop after this many events.")
  Integer count;

  @Option(names = "--seconds", description = "Stop after this many seconds.")
  Integer seconds;

  @Override
  protected void run(SilkchainClient client) throws Failure {
    EventRequest request = EventRequest.live().only(kinds.toArray(String[]::new));
    if (from != null) {
      request = request.startingAt(from);
    }
    if (module != null) {
      request = request.ofModule(module);
    }
    if (type != null) {
      request = request.ofType(type);
    }
    client.status(); // fails fast, with the node's reason, when it cannot be reached
    CountDownLatch done = new CountDownLatch(1);
    AtomicInteger seen = new AtomicInteger();
    try (Subscription s =
        client.subscribe(
            request,
            e -> {
              if (count != null && seen.get() >= count) {
                return;
              }
              print(e.data(), line(e));
              if (count != null && seen.incrementAndGet() >= count) {
                done.countDown();
              }
            })) {
      if (seconds != null) {
        done.await(seconds, TimeUnit.SECONDS);
      } else {
        done.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String line(ChainEvent e) {
    return switch (e.kind()) {
      case "block" ->
          e.height()
              + " block "
              + e.data().path("hash").asText()
              + " txs="
              + e.data().path("transactionCount").asLong();
      case "receipt" ->
          e.height()
              + " receipt "
              + e.data().path("id").asText()
              + " "
              + e.data().path("result").path("code").asText();
      default ->
          e.height()
              + " event "
              + e.data().path("module").asText()
              + "/"
              + e.data().path("type").asText()
              + " "
              + e.data().path("attributes");
    };
  }
}
