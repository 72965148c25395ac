package org.silkchain.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Samples processes' resident memory twice a second (keeping the peak) and takes their CPU time at
 * {@link #start()} and {@link #stop()}: CPU is reported as a percentage of one core over the run.
 */
final class UsageSampler {
  private static final long PERIOD_MS = 500;

  private final List<Long> pids;
  private final long[] ticksAtStart;
  private final long[] ticksAtEnd;
  private final long[] peakRss;
  private volatile boolean running;
  private Thread thread;
  private long startNanos;
  private long endNanos;

  /** {@code pids}: a negative pid stands for a process that is not running (figures stay 0). */
  UsageSampler(List<Long> pids) {
    this.pids = List.copyOf(pids);
    int n = pids.size();
    ticksAtStart = new long[n];
    ticksAtEnd = new long[n];
    peakRss = new long[n];
  }

  void start() {
    startNanos = System.nanoTime();
    for (int i = 0; i < pids.size(); i++) {
      ticksAtStart[i] = ticks(pids.get(i));
    }
    running = true;
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("bench-usage")
            .start(
                () -> {
                  while (running) {
                    sample();
                    BenchNetwork.sleep(PERIOD_MS);
                  }
                });
  }

  void stop() throws InterruptedException {
    running = false;
    thread.join();
    sample();
    endNanos = System.nanoTime();
    for (int i = 0; i < pids.size(); i++) {
      ticksAtEnd[i] = ticks(pids.get(i));
    }
  }

  /** CPU of process {@code i} over the run, percent of one core. */
  double cpuPercent(int i) {
    double seconds = (endNanos - startNanos) / 1e9;
    double cpu = (ticksAtEnd[i] - ticksAtStart[i]) / (double) NodeUsage.TICKS_PER_SECOND;
    return seconds <= 0 ? 0 : Math.round(cpu / seconds * 1000) / 10.0;
  }

  long peakRssBytes(int i) {
    return peakRss[i];
  }

  private void sample() {
    for (int i = 0; i < pids.size(); i++) {
      OptionalLong rss = pids.get(i) < 0 ? OptionalLong.empty() : NodeUsage.rssBytes(pids.get(i));
      if (rss.isPresent()) {
        peakRss[i] = Math.max(peakRss[i], rss.getAsLong());
      }
    }
  }

  private static long ticks(long pid) {
    return pid < 0 ? 0 : NodeUsage.cpuTicks(pid).orElse(0);
  }

  static List<Long> of(List<java.util.Optional<ProcessHandle>> processes) {
    List<Long> pids = new ArrayList<>();
    processes.forEach(p -> pids.add(p.map(ProcessHandle::pid).orElse(-1L)));
    return pids;
  }
}
