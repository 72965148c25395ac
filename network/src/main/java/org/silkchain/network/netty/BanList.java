package org.silkchain.network.netty;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.silkchain.network.PeerId;

/** Peers refused until a deadline (monotonic clock). Thread-safe. */
final class BanList {
  private final ConcurrentHashMap<PeerId, Long> until = new ConcurrentHashMap<>();
  private final LongSupplier clock;
  private final long durationNanos;

  BanList(long durationNanos, LongSupplier nanoClock) {
    this.durationNanos = durationNanos;
    this.clock = nanoClock;
  }

  /** Bans (or re-bans, extending the deadline) {@code peer} from now. */
  void ban(PeerId peer) {
    until.put(peer, clock.getAsLong() + durationNanos);
  }

  /** Nanoseconds left on {@code peer}'s ban; 0 if it is not banned. */
  long remainingNanos(PeerId peer) {
    Long deadline = until.get(peer);
    if (deadline == null) {
      return 0;
    }
    long left = deadline - clock.getAsLong();
    if (left <= 0) {
      until.remove(peer, deadline);
      return 0;
    }
    return left;
  }

  boolean isBanned(PeerId peer) {
    return remainingNanos(peer) > 0;
  }
}
