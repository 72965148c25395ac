package org.silkchain.cli.bench;

import java.util.Arrays;

/**
 * Latency percentiles by the nearest-rank method over the exact sorted sample (no histogram
 * buckets): the p-th percentile is the smallest value with at least p% of the sample at or below
 * it.
 *
 * @param p50 median, milliseconds
 * @param count the sample size (0: every figure is 0)
 */
record Latencies(long count, double p50, double p95, double p99, double max, double mean) {
  /** The percentiles of {@code nanos} (not modified). */
  static Latencies ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      return new Latencies(0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (long v : sorted) {
      sum += v;
    }
    return new Latencies(
        sorted.length,
        millis(rank(sorted, 50)),
        millis(rank(sorted, 95)),
        millis(rank(sorted, 99)),
        millis(sorted[sorted.length - 1]),
        millis(sum / sorted.length));
  }

  /** Nearest rank: element ceil(p/100 * n), 1-based. */
  static long rank(long[] sorted, int percent) {
    int n = sorted.length;
    int r = (int) Math.ceil(percent / 100.0 * n);
    return sorted[Math.max(0, Math.min(n, r) - 1)];
  }

  private static double millis(double nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }
}
