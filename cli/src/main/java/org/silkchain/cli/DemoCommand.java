package org.silkchain.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.silkchain.cli.demo.ChainClient;
import org.silkchain.cli.demo.DemoNetwork;
import org.silkchain.cli.demo.Outcome;
import org.silkchain.cli.demo.Party;
import org.silkchain.cli.demo.Receipts;
import org.silkchain.cli.demo.StepFailed;
import org.silkchain.cli.demo.Story;
import org.silkchain.cli.demo.TradeChapter;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.node.genesis.Genesis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The README's first command: starts a 4-validator consortium on loopback (through {@code net up})
 * and tells the story of {@link Story} over it, one line per transaction. Then it either leaves the
 * network running until Ctrl-C, or ({@code --until-done}) writes what it exported, stops the
 * network and exits 0 only if every step ended as expected.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start a local 4-validator consortium (central banks, commercial banks, traders, a carrier,"
          + " customs, a regulator) and walk through every trade module: currencies, onboarding,"
          + " a cross-border payment with FX exported as ISO 20022, the XDR basket, PvP, notes,"
          + " a letter of credit with an eBL settled delivery versus payment, a bank message,"
          + " and a vote that changes the basket.",
      "Without --until-done the network keeps running until Ctrl-C."
    })
final class DemoCommand implements Callable<Integer> {
  private static final Duration TX_PATIENCE = Duration.ofSeconds(60);

  @Spec CommandSpec spec;

  @Option(
      names = "--until-done",
      description = "Run the story, stop the network and exit (0 only if every step succeeded).")
  boolean untilDone;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where --until-done writes pacs008-<e2eid>.xml, pacs002-<e2eid>.xml,"
              + " ebl-<reference>.dcsa.json, receipts.json and lc-receipts.json.")
  Path out;

  @Option(
      names = "--dir",
      paramLabel = "WORKDIR",
      description =
          "The network's directory, which must not hold a network yet (default: a fresh"
              + " temporary directory).")
  Path dir;

  @Option(
      names = "--base-port",
      paramLabel = "P",
      defaultValue = "28600",
      description =
          "Node n listens on P+2(n-1) (p2p) and P+2(n-1)+1 (API) (default ${DEFAULT-VALUE}).")
  int basePort;

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (out != null && !untilDone) {
      err.println("demo: --out needs --until-done");
      return 2;
    }
    if (basePort < 1024 || basePort > 65535 - 8) {
      err.println("demo: --base-port must leave room for 8 ports in 1024..65535");
      return 2;
    }
    Path workDir;
    try {
      workDir = dir != null ? dir : Files.createTempDirectory("silkchain-demo-");
    } catch (IOException e) {
      err.println("demo: cannot create a work directory: " + e.getMessage());
      return 1;
    }
    DemoNetwork network = new DemoNetwork(workDir, basePort);
    if (network.home().hasConsortium()) {
      // The story issues the currencies and opens the accounts: it runs once per network.
      err.println(
          "demo: "
              + network.home().dir()
              + " already holds a network; the story runs once per network: pass a fresh --dir"
              + " (or none), or use silkchain net up --dir to restart that network");
      return 2;
    }
    console.println("Silkchain demo: network directory " + network.home().dir());
    console.flush();
    Story story = null;
    String failure = null;
    Story.Exported exported = null;
    boolean started = false;
    try {
      network.up(console);
      started = true;
      Genesis genesis = network.genesis();
      ChainClient chain = network.client(genesis, TX_PATIENCE);
      Map<String, Party> members = network.members(genesis, chain);
      story = new Story(chain, members, console);
      exported = story.run();
      console.println();
      console.println(
          "Every step ended as expected (" + story.outcomes().size() + " transactions).");
    } catch (StepFailed e) {
      failure = e.getMessage();
      err.println("demo: " + failure);
      err.flush();
    }
    List<Outcome> outcomes = story == null ? List.of() : story.outcomes();
    Optional<TradeChapter.Exports> trade = story == null ? Optional.empty() : story.trade();
    if (untilDone) {
      return finish(network, started, outcomes, exported, trade, failure, console, err);
    }
    if (!started) {
      return 1;
    }
    return serve(network, console, err, failure == null ? 0 : 1);
  }

  private int finish(
      DemoNetwork network,
      boolean started,
      List<Outcome> outcomes,
      Story.Exported exported,
      Optional<TradeChapter.Exports> trade,
      String failure,
      PrintWriter console,
      PrintWriter err) {
    if (out != null) {
      try {
        if (exported != null) {
          Receipts.writeMessages(out, exported);
        }
        if (trade.isPresent()) {
          Receipts.writeTrade(out, trade.get());
        }
        Receipts.write(out, outcomes, failure);
        console.println(
            "Wrote "
                + out.toAbsolutePath()
                + " (ISO 20022 messages, the eBL as DCSA JSON, receipts.json, lc-receipts.json)");
      } catch (IOException e) {
        err.println("demo: cannot write " + out + ": " + e.getMessage());
        failure = failure == null ? "cannot write " + out : failure;
      }
    }
    if (started) {
      try {
        network.down(console);
      } catch (StepFailed e) {
        err.println("demo: " + e.getMessage());
        failure = failure == null ? e.getMessage() : failure;
      }
    }
    console.flush();
    err.flush();
    return failure == null ? 0 : 1;
  }

  /** Prints the addresses and keeps the network up until Ctrl-C, which stops it cleanly. */
  private int serve(DemoNetwork network, PrintWriter console, PrintWriter err, int exitCode) {
    try {
      console.println();
      console.println("The network keeps running:");
      for (NodeHome n : network.nodes()) {
        console.printf(
            "  %s  api http://%s  p2p %s  log %s%n",
            n.label(), n.apiListen(), n.p2pListen(), n.logFile());
      }
      var first = network.nodes().get(0).apiListen();
      console.println("  web console " + first.http("/console/"));
      console.println(
          "  API reference "
              + first.http("/api/reference")
              + "  (OpenAPI "
              + first.http("/openapi.json")
              + ")");
      console.println("  metrics " + first.http("/metrics") + "  (Prometheus text, every node)");
      console.println("  events " + first.http("/api/v1/events") + "  (Server-Sent Events)");
      console.println("  data dir " + network.home().dir());
      console.println(
          "  try: curl http://" + network.nodes().get(0).apiListen() + "/api/v1/status");
      console.println("Press Ctrl-C to stop.");
      console.flush();
    } catch (StepFailed e) {
      err.println("demo: " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              try {
                network.down(console);
              } catch (StepFailed e) {
                err.println("demo: " + e.getMessage());
                err.flush();
              }
              stopped.countDown();
            },
            "demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return exitCode;
  }
}
