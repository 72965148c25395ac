package org.silkchain.network;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A snapshot of a node's network counters (monotonic since start, except {@code connectedPeers}).
 *
 * @param connectedPeers peers whose link is up and past the hello, now
 * @param bansByReason bans imposed, per reason (every reason present, possibly 0)
 * @param droppedOutbound messages not queued because a peer's outbound queue was full or the
 *     payload too large
 * @param handshakeFailures connections closed before the peer was authenticated: TLS failures
 *     (unknown certificate, not TLS at all), handshake or hello timeouts
 * @param refusedWhileBanned authenticated connections closed because their peer was banned
 * @param framesIn frames received from authenticated peers (control frames included)
 * @param framesOut frames written to peers' sockets
 * @param bytesIn frame bytes received, length prefixes included, TLS overhead excluded
 * @param bytesOut frame bytes written, likewise
 */
public record NetworkStats(
    int connectedPeers,
    Map<BanReason, Long> bansByReason,
    long droppedOutbound,
    long handshakeFailures,
    long refusedWhileBanned,
    long framesIn,
    long framesOut,
    long bytesIn,
    long bytesOut) {
  public NetworkStats {
    EnumMap<BanReason, Long> all = new EnumMap<>(BanReason.class);
    for (BanReason reason : BanReason.values()) {
      all.put(reason, bansByReason.getOrDefault(reason, 0L));
    }
    bansByReason = Collections.unmodifiableMap(all);
  }

  public long bans(BanReason reason) {
    return bansByReason.get(reason);
  }
}
