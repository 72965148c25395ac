package org.silkchain.node.api;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.silkchain.node.application.ChainState;

/**
 * Follows the committed tip for the API: waiters ({@code wait} on submit, event streams) block on
 * it instead of polling the store each, and listeners (metrics) hear of every new height once, in
 * order. It reads the tip every {@value #POLL_MILLIS} ms on one daemon thread, so it adds no hook
 * into the consensus path; the latency this adds is far below a block interval.
 */
final class ChainWatcher implements AutoCloseable {
  static final long POLL_MILLIS = 20;
  private static final System.Logger LOG = System.getLogger(ChainWatcher.class.getName());

  private final ChainState chain;
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
  private final Object monitor = new Object();
  private long height;
  private Thread thread;
  private volatile boolean closed;

  ChainWatcher(ChainState chain) {
    this.chain = chain;
    this.height = chain.tip().height();
  }

  /** Calls {@code listener} with each height committed after {@link #start}, in order. */
  void onHeight(LongConsumer listener) {
    listeners.add(listener);
  }

  void start() {
    thread = Thread.ofPlatform().daemon().name("silkchain-api-tip").start(this::run);
  }

  /** The last height seen. */
  long height() {
    synchronized (monitor) {
      return height;
    }
  }

  /**
   * Waits until the tip passes {@code known} or {@code timeoutMillis} elapse.
   *
   * @return the tip height then (still {@code <= known} on timeout or close)
   */
  long awaitAbove(long known, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    synchronized (monitor) {
      while (height <= known && !closed) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          break;
        }
        monitor.wait(left);
      }
      return height;
    }
  }

  boolean isClosed() {
    return closed;
  }

  private void run() {
    while (!closed) {
      try {
        long tip = chain.tip().height();
        long seen = height();
        for (long h = seen + 1; h <= tip; h++) {
          for (LongConsumer l : listeners) {
            l.accept(h);
          }
        }
        if (tip > seen) {
          synchronized (monitor) {
            height = tip;
            monitor.notifyAll();
          }
        }
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // A store closing under us at shutdown; otherwise logged and retried.
        if (!closed) {
          LOG.log(Level.WARNING, "tip watcher: " + e);
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (monitor) {
      monitor.notifyAll();
    }
    if (thread != null) {
      thread.interrupt();
    }
  }
}
