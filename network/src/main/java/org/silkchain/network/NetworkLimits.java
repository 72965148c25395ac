package org.silkchain.network;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds that keep one peer from exhausting a node. Production uses {@link #defaults()}; tests
 * lower them.
 *
 * @param maxFrameBytes largest frame accepted or sent, counting the channel byte and the payload
 *     (not the 4-byte length prefix); a larger one closes and bans the sender
 * @param maxOutboundQueuedMessages messages queued to one peer and not yet written to its socket;
 *     more are dropped and counted
 * @param maxInboundMessagesPerSecond sustained frame rate allowed from one peer (a token bucket
 *     holding one second's worth); exceeding it bans the peer
 * @param maxInboundBytesPerSecond sustained byte rate allowed from one peer, likewise; the bucket
 *     holds at least one maximal frame
 * @param banDuration how long a misbehaving peer is refused, inbound and outbound
 * @param reconnectInitialBackoff first delay before redialing a lost peer
 * @param reconnectMaxBackoff the cap the delay doubles up to
 * @param handshakeTimeout time allowed for TLS and for the hello exchange, each
 */
public record NetworkLimits(
    int maxFrameBytes,
    int maxOutboundQueuedMessages,
    int maxInboundMessagesPerSecond,
    int maxInboundBytesPerSecond,
    Duration banDuration,
    Duration reconnectInitialBackoff,
    Duration reconnectMaxBackoff,
    Duration handshakeTimeout) {
  private static final int MIB = 1024 * 1024;

  /** Frames must at least hold a hello; the cap keeps the 4-byte length prefix non-negative. */
  public static final int MIN_FRAME_BYTES = 128;

  public static final int MAX_FRAME_BYTES = Integer.MAX_VALUE - 8;

  public NetworkLimits {
    if (maxFrameBytes < MIN_FRAME_BYTES || maxFrameBytes > MAX_FRAME_BYTES) {
      throw new IllegalArgumentException("maxFrameBytes out of range: " + maxFrameBytes);
    }
    requirePositive("maxOutboundQueuedMessages", maxOutboundQueuedMessages);
    requirePositive("maxInboundMessagesPerSecond", maxInboundMessagesPerSecond);
    requirePositive("maxInboundBytesPerSecond", maxInboundBytesPerSecond);
    requirePositive("banDuration", banDuration);
    requirePositive("reconnectInitialBackoff", reconnectInitialBackoff);
    requirePositive("reconnectMaxBackoff", reconnectMaxBackoff);
    requirePositive("handshakeTimeout", handshakeTimeout);
    if (reconnectMaxBackoff.compareTo(reconnectInitialBackoff) < 0) {
      throw new IllegalArgumentException("reconnectMaxBackoff is below reconnectInitialBackoff");
    }
  }

  /**
   * 24 MiB frames (a block can reach 17 MiB), 10,000 queued messages per peer, 5,000 messages and
   * 64 MiB per second from one peer, 60 s bans, redial backoff 200 ms to 10 s, 5 s handshakes.
   */
  public static NetworkLimits defaults() {
    return new NetworkLimits(
        24 * MIB,
        10_000,
        5_000,
        64 * MIB,
        Duration.ofSeconds(60),
        Duration.ofMillis(200),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5));
  }

  /**
   * Bytes queued to one peer and not yet written, beyond which messages are dropped: the message
   * bound alone would let 10,000 large blocks pile up. At least two maximal frames, so that one
   * large message always fits behind another.
   */
  public long maxOutboundQueuedBytes() {
    return Math.max(64L * MIB, 2L * maxFrameBytes);
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
