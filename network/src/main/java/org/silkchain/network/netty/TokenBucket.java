package org.silkchain.network.netty;

/**
 * A token bucket in integer nano-tokens: refills at {@code ratePerSecond}, holds at most {@code
 * capacity}. Not thread-safe: each bucket belongs to one connection's event loop.
 */
final class TokenBucket {
  private static final long NANOS = 1_000_000_000L;

  private final long ratePerSecond;
  private final long capacityNanoTokens;
  private final long maxUsefulElapsedNanos;
  private long nanoTokens;
  private long lastNanos;

  /** {@code capacity} at most {@code Integer.MAX_VALUE}, so that nano-tokens fit a long. */
  TokenBucket(long ratePerSecond, long capacity, long nowNanos) {
    if (ratePerSecond <= 0 || capacity <= 0 || capacity > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("bad bucket: " + ratePerSecond + "/s, " + capacity);
    }
    this.ratePerSecond = ratePerSecond;
    this.capacityNanoTokens = capacity * NANOS;
    // Beyond this the bucket is full anyway; capping keeps elapsed * rate from overflowing.
    this.maxUsefulElapsedNanos = capacityNanoTokens / ratePerSecond + 1;
    this.nanoTokens = capacityNanoTokens;
    this.lastNanos = nowNanos;
  }

  /** Takes {@code amount} tokens if the bucket holds them; never goes negative. */
  boolean tryTake(long amount, long nowNanos) {
    long elapsed = Math.min(Math.max(0, nowNanos - lastNanos), maxUsefulElapsedNanos);
    lastNanos = nowNanos;
    nanoTokens = Math.min(capacityNanoTokens, nanoTokens + elapsed * ratePerSecond);
    long needed = Math.min(amount, Integer.MAX_VALUE) * NANOS;
    if (needed > nanoTokens) {
      return false;
    }
    nanoTokens -= needed;
    return true;
  }
}
