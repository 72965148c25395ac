package org.silkchain.network.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoopGroup;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.silkchain.network.NetworkLimits;
import org.silkchain.network.PeerAddress;
import org.silkchain.network.PeerId;

/**
 * Keeps one outbound connection per peer that this node is responsible for dialing: the peers whose
 * id is greater than its own. The smaller id always dials, so two nodes never race to connect to
 * each other, and a restarted node is found again by the other side's redial (when it is the
 * larger) or dials itself (when it is the smaller).
 *
 * <p>Each target runs one loop: dial; when the attempt fails or the connection later closes, wait
 * and dial again. The wait doubles from the initial to the maximum backoff, with jitter (random
 * here is harmless: nothing ledger-relevant depends on it), and starts over once a link passes the
 * hello. A banned peer is not dialed until its ban ends.
 */
final class Dialer {
  private static final Logger LOG = System.getLogger(Dialer.class.getName());

  private final EventLoopGroup group;
  private final Function<DialTarget, Bootstrap> bootstraps;
  private final Links links;
  private final long initialBackoffNanos;
  private final long maxBackoffNanos;
  private volatile boolean closed;

  Dialer(
      EventLoopGroup group,
      Function<DialTarget, Bootstrap> bootstraps,
      Links links,
      NetworkLimits limits) {
    this.group = group;
    this.bootstraps = bootstraps;
    this.links = links;
    this.initialBackoffNanos = limits.reconnectInitialBackoff().toNanos();
    this.maxBackoffNanos = limits.reconnectMaxBackoff().toNanos();
  }

  static boolean dials(PeerId self, PeerId other) {
    return self.compareTo(other) < 0;
  }

  void start(PeerAddress address) {
    new Target(address).attempt();
  }

  void close() {
    closed = true;
  }

  private final class Target implements DialTarget {
    private final PeerAddress address;
    private volatile long backoffNanos = initialBackoffNanos;

    Target(PeerAddress address) {
      this.address = address;
    }

    @Override
    public PeerId id() {
      return address.id();
    }

    @Override
    public void onLinkUp() {
      backoffNanos = initialBackoffNanos;
    }

    void attempt() {
      if (closed) {
        return;
      }
      long banned = links.banRemainingNanos(address.id());
      if (banned > 0) {
        schedule(banned);
        return;
      }
      ChannelFuture connect;
      try {
        connect = bootstraps.apply(this).connect(address.host(), address.port());
      } catch (RejectedExecutionException e) {
        return; // shutting down
      }
      connect.addListener(
          (ChannelFuture future) -> {
            if (future.isSuccess()) {
              future.channel().closeFuture().addListener(closed -> retry());
            } else {
              LOG.log(
                  Level.DEBUG,
                  "dialing {0} at {1}:{2} failed: {3}",
                  address.id(),
                  address.host(),
                  String.valueOf(address.port()),
                  String.valueOf(future.cause()));
              retry();
            }
          });
    }

    private void retry() {
      long backoff = backoffNanos;
      backoffNanos = Math.min(maxBackoffNanos, backoff * 2);
      // Uniform in [backoff/2, backoff]: peers that lost each other at once do not redial in step.
      long delay = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
      schedule(delay);
    }

    private void schedule(long delayNanos) {
      if (closed) {
        return;
      }
      try {
        group.schedule(this::attempt, delayNanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        // the event loops are shutting down
      }
    }
  }
}
