package org.silkchain.network.netty;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.silkchain.network.BanReason;
import org.silkchain.network.NetworkStats;

/** The live counters behind {@link NetworkStats}; cheap to bump from any thread. */
final class Counters {
  final LongAdder droppedOutbound = new LongAdder();
  final LongAdder handshakeFailures = new LongAdder();
  final LongAdder refusedWhileBanned = new LongAdder();
  final LongAdder framesIn = new LongAdder();
  final LongAdder framesOut = new LongAdder();
  final LongAdder bytesIn = new LongAdder();
  final LongAdder bytesOut = new LongAdder();
  private final Map<BanReason, LongAdder> bans = new EnumMap<>(BanReason.class);

  Counters() {
    for (BanReason reason : BanReason.values()) {
      bans.put(reason, new LongAdder());
    }
  }

  void banned(BanReason reason) {
    bans.get(reason).increment();
  }

  NetworkStats snapshot(int connectedPeers) {
    Map<BanReason, Long> banCounts = new EnumMap<>(BanReason.class);
    bans.forEach((reason, count) -> banCounts.put(reason, count.sum()));
    return new NetworkStats(
        connectedPeers,
        banCounts,
        droppedOutbound.sum(),
        handshakeFailures.sum(),
        refusedWhileBanned.sum(),
        framesIn.sum(),
        framesOut.sum(),
        bytesIn.sum(),
        bytesOut.sum());
  }
}
