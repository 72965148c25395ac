package org.silkchain.cli.net.dsl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeProcesses;

/**
 * Kills, when the test JVM exits, the node processes of every network a test did not close (a test
 * that hangs and is killed, a failing {@code @BeforeAll}): node processes are not children the JDK
 * would clean up, and a leftover node would hold its ports for the next run.
 */
final class Reaper {
  private static final Set<NetworkHome> OPEN = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Reaper::killAll, "node-reaper"));
  }

  private Reaper() {}

  static void watch(NetworkHome home) {
    OPEN.add(home);
  }

  static void release(NetworkHome home) {
    OPEN.remove(home);
  }

  private static void killAll() {
    for (NetworkHome home : OPEN) {
      try {
        for (NodeHome node : home.nodes()) {
          NodeProcesses.running(node).ifPresent(ProcessHandle::destroyForcibly);
        }
      } catch (Exception e) {
        // Best effort in a dying JVM: nothing else can be done.
      }
    }
  }

  /** SIGTERM to every running node of {@code home}, SIGKILL after 15 s; waits for the exits. */
  static void stopAll(NetworkHome home) {
    List<NodeHome> homes;
    if (!home.hasConsortium()) {
      return;
    }
    try {
      homes = home.nodes();
    } catch (NetException e) {
      return; // nothing was generated, nothing runs
    }
    List<ProcessHandle> stopping = new ArrayList<>();
    for (NodeHome h : homes) {
      NodeProcesses.running(h)
          .ifPresent(
              p -> {
                p.destroy();
                stopping.add(p);
              });
    }
    for (ProcessHandle p : stopping) {
      if (!NodeProcesses.awaitExit(p, Duration.ofSeconds(15))) {
        p.destroyForcibly();
        NodeProcesses.awaitExit(p, Duration.ofSeconds(10));
      }
    }
  }
}
