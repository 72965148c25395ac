package org.silkchain.cli.net;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeProcesses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code silkchain net stop NODE}: SIGTERM (or SIGKILL) one node and wait for it to exit. */
@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description =
        "Stop one node: SIGTERM (a clean shutdown) or, with --hard, SIGKILL; waits for it to exit."
            + " A node that is not running is not an error.")
final class NetStopCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin NetworkDirOption dir;

  @Parameters(paramLabel = "NODE", description = "Node number (1..N) or member id.")
  String node;

  @Option(names = "--hard", description = "SIGKILL instead of SIGTERM: a crash.")
  boolean hard;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "How long to wait for the exit (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (timeoutSeconds < 1) {
      spec.commandLine().getErr().println("net stop: --timeout must be at least 1 second");
      return NetCommand.USAGE;
    }
    try {
      NodeHome home = dir.home().node(node);
      boolean stopped = NodeProcesses.stop(home, hard, Duration.ofSeconds(timeoutSeconds));
      out.println(
          home.label() + (stopped ? (hard ? " killed (SIGKILL)" : " stopped") : " is not running"));
      out.flush();
      return 0;
    } catch (NetException e) {
      spec.commandLine().getErr().println("net stop: " + e.getMessage());
      return NetCommand.FAILED;
    }
  }
}
