package org.silkchain.cli.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The timed phase: submits pre-signed transactions, spread over the nodes, either open loop (one
 * submission every 1/rate seconds, each on its own virtual thread, latency counted from the
 * scheduled time so that a slow network cannot hide queueing: no coordinated omission) or closed
 * loop (client threads submitting as fast as the nodes answer, at most {@link #inFlightCap} not yet
 * committed). A watcher polls node 1's height and reads each new block's transaction ids, so
 * finality is observed with two cheap requests per block rather than one per transaction.
 *
 * <p>Retries: a refusal that says "not now" ({@code MEMPOOL_FULL}, {@code SENDER_QUOTA}, {@code
 * NONCE_TOO_HIGH}, no answer) is counted and the same transaction offered again shortly after:
 * dropping it would leave a gap in its sender's nonces and stall that sender.
 */
final class LoadRunner {
  private static final Set<String> RETRY =
      Set.of("MEMPOOL_FULL", "SENDER_QUOTA", "NONCE_TOO_HIGH", NodeApi.IO_ERROR);
  private static final long WATCH_PERIOD_MS = 50;
  private static final long RETRY_PAUSE_MS = 25;

  /** What the timed phase saw, before receipts are checked. */
  record Outcome(
      long submitted, long[] latencyNanos, List<String> committedIds, Map<String, Long> rejected) {}

  private final NodeApi api;
  private final List<URI> apis;
  private final List<Sender.Signed> txs;
  private final int inFlightCap;
  private final long[] intended;
  private final long[] committedAt;
  private final Map<String, Integer> pending = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();
  private final LongAdder submitted = new LongAdder();
  private final Semaphore inFlight;
  private volatile long giveUpAt = Long.MAX_VALUE;

  LoadRunner(NodeApi api, List<URI> apis, List<Sender.Signed> txs, int inFlightCap) {
    this.api = api;
    this.apis = List.copyOf(apis);
    this.txs = txs;
    this.inFlightCap = inFlightCap;
    this.intended = new long[txs.size()];
    this.committedAt = new long[txs.size()];
    this.inFlight = new Semaphore(inFlightCap);
  }

  /**
   * Runs for {@code duration}, then waits up to {@code drain} for what is in flight.
   *
   * @param rate transactions per second (open loop), or null for the closed loop
   */
  Outcome run(Double rate, int threads, Duration duration, Duration drain)
      throws InterruptedException {
    long startHeight = api.height(apis.get(0)).orElse(0);
    Watcher watcher = new Watcher(startHeight);
    Thread watch = Thread.ofPlatform().daemon().name("bench-watch").start(watcher);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Thread> senders = new ArrayList<>();
    if (rate != null) {
      long interval = (long) (1e9 / rate);
      for (int i = 0; i < txs.size(); i++) {
        long at = start + i * interval;
        if (at >= end) {
          break;
        }
        long wait = at - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        int index = i;
        intended[index] = at;
        senders.add(Thread.startVirtualThread(() -> submit(index)));
      }
    } else {
      AtomicInteger next = new AtomicInteger();
      for (int t = 0; t < threads; t++) {
        senders.add(
            Thread.ofPlatform()
                .name("bench-client-" + t)
                .start(
                    () -> {
                      while (System.nanoTime() < end) {
                        try {
                          if (!inFlight.tryAcquire(WATCH_PERIOD_MS, TimeUnit.MILLISECONDS)) {
                            continue;
                          }
                        } catch (InterruptedException e) {
                          return;
                        }
                        int i = next.getAndIncrement();
                        if (i >= txs.size()) {
                          return; // every pre-signed transaction was sent
                        }
                        intended[i] = System.nanoTime();
                        submit(i);
                      }
                    }));
      }
    }
    LockSupport.parkNanos(end - System.nanoTime());
    giveUpAt = System.nanoTime() + drain.toNanos();
    for (Thread t : senders) {
      t.join();
    }
    while (!pending.isEmpty() && System.nanoTime() < giveUpAt) {
      Thread.sleep(WATCH_PERIOD_MS);
    }
    watcher.stop();
    watch.join();
    for (int ignored : pending.values()) {
      count("NOT_COMMITTED");
    }
    List<String> ids = new ArrayList<>();
    List<Long> latencies = new ArrayList<>();
    for (int i = 0; i < txs.size(); i++) {
      if (committedAt[i] != 0) {
        ids.add(txs.get(i).id());
        latencies.add(committedAt[i] - intended[i]);
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    rejected.forEach((k, v) -> counts.put(k, v.sum()));
    return new Outcome(
        submitted.sum(), latencies.stream().mapToLong(Long::longValue).toArray(), ids, counts);
  }

  private void submit(int i) {
    Sender.Signed tx = txs.get(i);
    pending.put(tx.id(), i);
    int node = i % apis.size();
    while (true) {
      NodeApi.Answer a = api.submit(apis.get(node), tx.hex());
      if (a.accepted() || a.code().equals("DUPLICATE")) {
        submitted.increment();
        return;
      }
      count(a.code());
      if (!pending.containsKey(tx.id())) {
        return; // committed meanwhile (an earlier attempt got through after all)
      }
      if (RETRY.contains(a.code()) && System.nanoTime() < giveUpAt) {
        if (a.code().equals(NodeApi.IO_ERROR)) {
          node = (node + 1) % apis.size();
        }
        BenchNetwork.sleep(RETRY_PAUSE_MS);
        continue;
      }
      if (pending.remove(tx.id()) != null) {
        inFlight.release();
      }
      return;
    }
  }

  private void count(String code) {
    rejected.computeIfAbsent(code, k -> new LongAdder()).increment();
  }

  /** Follows node 1's committed blocks and marks the pending transactions they hold. */
  private final class Watcher implements Runnable {
    private volatile boolean running = true;
    private long seen;

    Watcher(long startHeight) {
      this.seen = startHeight;
    }

    void stop() {
      running = false;
    }

    @Override
    public void run() {
      while (running) {
        OptionalLong height = api.height(apis.get(0));
        while (height.isPresent() && seen < height.getAsLong()) {
          Optional<List<String>> block = api.blockTransactions(apis.get(0), seen + 1);
          if (block.isEmpty()) {
            break;
          }
          long now = System.nanoTime();
          for (String id : block.get()) {
            Integer i = pending.remove(id);
            if (i != null) {
              committedAt[i] = now;
              inFlight.release();
            }
          }
          seen++;
        }
        BenchNetwork.sleep(WATCH_PERIOD_MS);
      }
    }
  }

  /** Result codes of the committed transactions other than OK, by code (receipts, 8 at a time). */
  static SortedMap<String, Long> failedResults(NodeApi api, List<URI> apis, List<String> ids)
      throws InterruptedException {
    Map<String, LongAdder> codes = new ConcurrentHashMap<>();
    Semaphore permits = new Semaphore(8);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      URI uri = apis.get(i % apis.size());
      String id = ids.get(i);
      permits.acquire();
      threads.add(
          Thread.startVirtualThread(
              () -> {
                try {
                  String code = api.resultCode(uri, id).orElse("RECEIPT_UNAVAILABLE");
                  if (!code.equals("OK")) {
                    codes.computeIfAbsent(code, k -> new LongAdder()).increment();
                  }
                } finally {
                  permits.release();
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    SortedMap<String, Long> out = new TreeMap<>();
    codes.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
