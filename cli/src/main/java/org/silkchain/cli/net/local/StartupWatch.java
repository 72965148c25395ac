package org.silkchain.cli.net.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Waits for started nodes to reach a condition, failing early and by name when one of them exits,
 * and at a deadline otherwise. Polls every {@link #POLL}: the nodes are separate processes, there
 * is nothing to be notified by.
 */
public final class StartupWatch {
  static final Duration POLL = Duration.ofMillis(250);
  private static final int LOG_LINES = 15;

  /**
   * A node being watched: its process, and the {@link Process} too if this JVM started it (only a
   * child's exit code is known).
   */
  public record Started(NodeHome node, ProcessHandle process, Optional<Process> child) {
    public static Started child(NodeHome node, Process process) {
      return new Started(node, process.toHandle(), Optional.of(process));
    }

    public static Started running(NodeHome node, ProcessHandle process) {
      return new Started(node, process, Optional.empty());
    }
  }

  private final StatusClient client;

  public StartupWatch(StatusClient client) {
    this.client = client;
  }

  /** Waits until every node has committed {@code height} (status height >= it). */
  public void awaitHeight(List<Started> nodes, long height, Duration timeout) throws NetException {
    await(
        nodes,
        s -> client.status(s.node().apiListen()).map(st -> st.height() >= height).orElse(false),
        "commit height " + height,
        timeout);
  }

  /** Waits until every node answers {@code GET /liveness}. */
  public void awaitLive(List<Started> nodes, Duration timeout) throws NetException {
    await(nodes, s -> client.live(s.node().apiListen()), "answer on its API", timeout);
  }

  private void await(List<Started> nodes, Predicate<Started> done, String what, Duration timeout)
      throws NetException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Started> waiting = new ArrayList<>(nodes);
    while (true) {
      waiting.removeIf(done);
      if (waiting.isEmpty()) {
        return;
      }
      for (Started s : waiting) {
        if (!NodeProcesses.isAlive(s.process())) {
          throw new NetException(
              s.node().label()
                  + " exited"
                  + s.child()
                      .filter(c -> !c.isAlive())
                      .map(c -> " with code " + c.exitValue())
                      .orElse("")
                  + " before it could "
                  + what
                  + LogTail.indented(s.node().logFile(), LOG_LINES));
        }
      }
      if (System.nanoTime() - deadline > 0) {
        Started s = waiting.get(0);
        String seen =
            client
                .status(s.node().apiListen())
                .map(st -> " (at height " + st.height() + ", " + st.peers() + " peers)")
                .orElse(" (no answer on " + s.node().apiListen() + ")");
        throw new NetException(
            s.node().label()
                + " did not "
                + what
                + " within "
                + timeout.toSeconds()
                + " s"
                + seen
                + LogTail.indented(s.node().logFile(), LOG_LINES));
      }
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NetException("interrupted while waiting for the nodes to " + what);
      }
    }
  }
}
