package org.silkchain.cli.net;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeLauncher;
import org.silkchain.cli.net.local.NodeProcesses;
import org.silkchain.cli.net.local.StartupWatch;
import org.silkchain.cli.net.local.StatusClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code silkchain net start NODE}: start one stopped node and wait until its API answers. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Start one node (detached, log appended to nodes/<n>/node.log) and wait until its API"
          + " answers. It then catches up with the others by itself.",
      "JVM options: $"
          + NodeLauncher.JAVA_OPTS_ENV
          + " (default -Xmx256m -XX:+UseSerialGC"
          + " -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED)."
    })
final class NetStartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin NetworkDirOption dir;

  @Parameters(paramLabel = "NODE", description = "Node number (1..N) or member id.")
  String node;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "How long to wait for the API (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (timeoutSeconds < 1) {
      spec.commandLine().getErr().println("net start: --timeout must be at least 1 second");
      return NetCommand.USAGE;
    }
    try {
      NodeHome home = dir.home().node(node);
      Optional<ProcessHandle> running = NodeProcesses.running(home);
      if (running.isPresent()) {
        out.println(home.label() + " is already running (pid " + running.get().pid() + ")");
        out.flush();
        return 0;
      }
      Process process = NodeLauncher.ofThisInstallation(System.getenv()).launch(home);
      try {
        new StartupWatch(new StatusClient(Duration.ofSeconds(2)))
            .awaitLive(
                List.of(StartupWatch.Started.child(home, process)),
                Duration.ofSeconds(timeoutSeconds));
      } catch (NetException e) {
        NodeProcesses.stop(home, true, Duration.ofSeconds(10));
        throw e;
      }
      out.println(
          home.label() + " started (pid " + process.pid() + ", api " + home.apiListen() + ")");
      out.flush();
      return 0;
    } catch (NetException e) {
      spec.commandLine().getErr().println("net start: " + e.getMessage());
      return NetCommand.FAILED;
    }
  }
}
