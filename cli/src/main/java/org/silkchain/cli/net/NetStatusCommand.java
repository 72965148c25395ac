package org.silkchain.cli.net;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.StatusClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code silkchain net status}: one line (or JSON object) per node. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show each node's pid (\"-\" if down), height, tip hash and state root.",
      "JSON: {\"nodes\": [{\"id\": n, \"member\": \"...\", \"pid\": P|null, \"height\": H|null,"
          + " \"tipHash\": \"...\"|null, \"stateRoot\": \"...\"|null}]}"
    })
final class NetStatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin NetworkDirOption dir;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      var rows = StatusReport.collect(dir.home().nodes(), new StatusClient(Duration.ofSeconds(2)));
      out.print(json ? StatusReport.json(rows) + "\n" : StatusReport.text(rows));
      out.flush();
      return 0;
    } catch (NetException e) {
      spec.commandLine().getErr().println("net status: " + e.getMessage());
      return NetCommand.FAILED;
    }
  }
}
