package org.silkchain.cli.net;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeProcesses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code silkchain net down}: stop every node, SIGTERM first, SIGKILL after a grace period. */
@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    description =
        "Stop every node: SIGTERM to all, then SIGKILL to those still running after the grace"
            + " period. Data and logs stay; net up starts the same network again.")
final class NetDownCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin NetworkDirOption dir;

  @Option(
      names = "--grace",
      paramLabel = "SECONDS",
      defaultValue = "20",
      description = "How long nodes get to shut down cleanly (default ${DEFAULT-VALUE}).")
  int graceSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (graceSeconds < 0) {
      spec.commandLine().getErr().println("net down: --grace must not be negative");
      return NetCommand.USAGE;
    }
    try {
      List<NodeHome> nodes = dir.home().nodes();
      Shutdown result = shutdown(nodes, Duration.ofSeconds(graceSeconds));
      out.println(
          "stopped "
              + result.stopped()
              + " of "
              + nodes.size()
              + " nodes"
              + (result.killed() > 0
                  ? " (" + result.killed() + " killed after the grace period)"
                  : ""));
      out.flush();
      return 0;
    } catch (NetException e) {
      spec.commandLine().getErr().println("net down: " + e.getMessage());
      return NetCommand.FAILED;
    }
  }

  record Shutdown(int stopped, int killed) {}

  /** SIGTERM to all at once (they shut down in parallel), then SIGKILL to stragglers. */
  static Shutdown shutdown(List<NodeHome> nodes, Duration grace) throws NetException {
    record Stopping(NodeHome node, ProcessHandle process) {}
    List<Stopping> stopping = new ArrayList<>();
    for (NodeHome node : nodes) {
      NodeProcesses.running(node)
          .ifPresentOrElse(
              p -> {
                p.destroy();
                stopping.add(new Stopping(node, p));
              },
              () -> NodeProcesses.clearPidFile(node));
    }
    long deadline = System.nanoTime() + grace.toNanos();
    int killed = 0;
    List<String> stuck = new ArrayList<>();
    for (Stopping s : stopping) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      if (!NodeProcesses.awaitExit(s.process(), left)) {
        s.process().destroyForcibly();
        killed++;
        if (!NodeProcesses.awaitExit(s.process(), Duration.ofSeconds(10))) {
          stuck.add(s.node().label() + " (pid " + s.process().pid() + ")");
          continue;
        }
      }
      NodeProcesses.clearPidFile(s.node());
    }
    if (!stuck.isEmpty()) {
      throw new NetException("still running after SIGKILL: " + String.join(", ", stuck));
    }
    return new Shutdown(stopping.size(), killed);
  }
}
