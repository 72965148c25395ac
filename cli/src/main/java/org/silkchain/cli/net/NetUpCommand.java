package org.silkchain.cli.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.silkchain.cli.Main;
import org.silkchain.cli.net.local.DefaultMembers;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeLauncher;
import org.silkchain.cli.net.local.NodeProcesses;
import org.silkchain.cli.net.local.StartupWatch;
import org.silkchain.cli.net.local.StartupWatch.Started;
import org.silkchain.cli.net.local.StatusClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code silkchain net up}: generate a consortium unless the directory has one, start every node
 * that is not running, and return once all have committed a block.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a consortium in DIR (unless it has one), start one detached node process per"
          + " validator (log: DIR/nodes/<n>/node.log, pid: DIR/nodes/<n>/node.pid) and wait"
          + " until every node has committed a block (height >= 1).",
      "Without --members: central banks, commercial banks, traders, a carrier, customs and a"
          + " regulator; the first N are validators.",
      "JVM options: $"
          + NodeLauncher.JAVA_OPTS_ENV
          + " (default -Xmx256m -XX:+UseSerialGC"
          + " -XX:TieredStopAtLevel=1 --enable-native-access=ALL-UNNAMED)."
    })
final class NetUpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin NetworkDirOption dir;

  @Option(
      names = "--nodes",
      paramLabel = "N",
      description = "Number of validator nodes (required to generate without --members).")
  Integer nodes;

  @Option(
      names = "--members",
      paramLabel = "FILE",
      description = "Members file (YAML) to generate the consortium from.")
  Path members;

  @Option(
      names = "--base-port",
      paramLabel = "P",
      defaultValue = "26600",
      description =
          "Node n listens on P+2(n-1) (p2p) and P+2(n-1)+1 (API) (default ${DEFAULT-VALUE}).")
  int basePort;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description = "How long the nodes get to commit a block (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> usage = checkArguments();
    if (usage.isPresent()) {
      err.println("net up: " + usage.get());
      return NetCommand.USAGE;
    }
    NetworkHome home = dir.home();
    try {
      if (!home.hasConsortium()) {
        if (members == null && nodes == null) {
          err.println(
              "net up: --nodes N (or --members FILE) is required to generate " + home.dir());
          return NetCommand.USAGE;
        }
        generate(home, out);
      }
      List<NodeHome> all = home.nodes();
      if (nodes != null && nodes != all.size()) {
        err.println(
            "net up: "
                + home.dir()
                + " has a consortium of "
                + all.size()
                + " nodes, not "
                + nodes);
        return NetCommand.USAGE;
      }
      start(all, out);
      out.println(
          all.size() + " nodes up, all at height >= 1 (net status --dir " + home.dir() + ")");
      out.println("web console: " + all.get(0).apiListen().http("/console/"));
      out.flush();
      return 0;
    } catch (NetException e) {
      err.println("net up: " + e.getMessage());
      return NetCommand.FAILED;
    }
  }

  private Optional<String> checkArguments() {
    if (nodes != null && (nodes < 1 || nodes > 100)) {
      return Optional.of("--nodes must be between 1 and 100, got " + nodes);
    }
    int span = 2 * (nodes == null ? 1 : nodes);
    if (basePort < 1024 || basePort + span - 1 > 65535) {
      return Optional.of("--base-port must leave room for " + span + " ports in 1024..65535");
    }
    if (timeoutSeconds < 1) {
      return Optional.of("--timeout must be at least 1 second");
    }
    if (members != null && !Files.isRegularFile(members)) {
      return Optional.of("members file " + members + " does not exist");
    }
    return Optional.empty();
  }

  /** Runs {@code silkchain genesis} in this JVM, from --members or the default roster. */
  private void generate(NetworkHome home, PrintWriter out) throws NetException {
    Path membersFile = members;
    Path generated = null;
    try {
      if (membersFile == null) {
        generated = Files.createTempFile("silkchain-members", ".yaml");
        Files.writeString(generated, DefaultMembers.yaml(nodes));
        membersFile = generated;
      } else if (nodes != null) {
        int validators = countValidators(membersFile);
        if (validators != nodes) {
          throw new NetException(
              members + " has " + validators + " validators, but --nodes is " + nodes);
        }
      }
      StringWriter genesisOut = new StringWriter();
      StringWriter genesisErr = new StringWriter();
      var cli = Main.commandLine();
      cli.setOut(new PrintWriter(genesisOut, true));
      cli.setErr(new PrintWriter(genesisErr, true));
      int code =
          cli.execute(
              "genesis",
              "--members",
              membersFile.toString(),
              "--out",
              home.dir().toString(),
              "--base-port",
              Integer.toString(basePort));
      if (code != 0) {
        String reason = genesisErr.toString().strip();
        throw new NetException(
            "genesis failed (exit "
                + code
                + "): "
                + (reason.isEmpty() ? "no reason given" : reason));
      }
      if (generated != null) {
        Files.copy(generated, home.dir().resolve("members.yaml"));
      }
      out.print(genesisOut);
    } catch (IOException e) {
      throw new NetException("cannot prepare the members file: " + e.getMessage(), e);
    } finally {
      if (generated != null) {
        try {
          Files.deleteIfExists(generated);
        } catch (IOException e) {
          // A leftover temp file holds no secret: only the public roster.
        }
      }
    }
  }

  private static int countValidators(Path membersFile) throws NetException {
    try {
      JsonNode root = new YAMLMapper().readTree(membersFile.toFile());
      int count = 0;
      for (JsonNode m : root.path("members")) {
        count += m.path("validator").asBoolean(false) ? 1 : 0;
      }
      return count;
    } catch (IOException e) {
      throw new NetException(membersFile + ": cannot read: " + e.getMessage());
    }
  }

  private void start(List<NodeHome> all, PrintWriter out) throws NetException {
    NodeLauncher launcher = NodeLauncher.ofThisInstallation(System.getenv());
    List<Started> started = new ArrayList<>();
    List<NodeHome> launched = new ArrayList<>();
    try {
      for (NodeHome node : all) {
        Optional<ProcessHandle> running = NodeProcesses.running(node);
        if (running.isPresent()) {
          started.add(Started.running(node, running.get()));
          out.println(node.label() + " already running (pid " + running.get().pid() + ")");
        } else {
          Process p = launcher.launch(node);
          launched.add(node);
          started.add(Started.child(node, p));
          out.println(
              node.label()
                  + " started: pid "
                  + p.pid()
                  + ", p2p "
                  + node.p2pListen()
                  + ", api http://"
                  + node.apiListen()
                  + ", log "
                  + node.logFile());
        }
      }
      out.flush();
      new StartupWatch(new StatusClient(Duration.ofSeconds(2)))
          .awaitHeight(started, 1, Duration.ofSeconds(timeoutSeconds));
    } catch (NetException e) {
      // Leave nothing half-started behind: the nodes this command launched go down again.
      try {
        NetDownCommand.shutdown(launched, Duration.ofSeconds(10));
      } catch (NetException stuck) {
        e.addSuppressed(stuck);
      }
      throw e;
    }
  }
}
