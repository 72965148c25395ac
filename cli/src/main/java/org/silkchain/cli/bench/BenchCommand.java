package org.silkchain.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeProcesses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code silkchain bench}: drives a running local network with signed transactions and reports
 * throughput, finality latency, rejections and the nodes' CPU and memory.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Drive a running local network (silkchain net up) with signed transactions and report"
          + " throughput, finality latency (p50/p95/p99/max), rejections by code and per-node CPU"
          + " (%% of one core) and peak resident memory.",
      "Setup (not timed): the workload's accounts and balances are made with ordinary"
          + " transactions, then every load transaction is signed in advance.",
      "Timed phase: open loop at --rate (latency counted from each transaction's scheduled"
          + " send time) or, without --rate, closed loop as fast as the nodes take them (at most"
          + " 32 uncommitted transactions per sender). Submissions rotate over the nodes.",
      "Workloads: transfer (currency transfers between banks and their customers), fx-payment"
          + " (cross-border xb-pay payments between two banks' traders over agreed FX corridors)."
    })
public final class BenchCommand implements Callable<Integer> {
  static final int USAGE = 2;
  static final int FAILED = 1;
  static final int CLOSED_LOOP_PRESIGN_TPS = 1000;

  @Spec CommandSpec spec;

  @Option(
      names = "--dir",
      required = true,
      paramLabel = "DIR",
      description = "The running network's directory (genesis.json, members/, nodes/<n>/).")
  Path dir;

  @Option(
      names = "--workload",
      required = true,
      paramLabel = "NAME",
      description = "transfer or fx-payment.")
  String workload;

  @Option(
      names = "--duration",
      required = true,
      paramLabel = "SECONDS",
      description = "Length of the timed phase.")
  int durationSeconds;

  @Option(
      names = "--rate",
      paramLabel = "TPS",
      description = "Open loop at this many transactions per second (default: closed loop, max).")
  Double rate;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "8",
      description = "Client threads of the closed loop (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--presign",
      paramLabel = "N",
      description =
          "Transactions to sign in advance (default: rate x duration, closed loop 1000 x duration).")
  Integer presign;

  @Option(
      names = "--drain",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "How long to wait for in-flight transactions after the timed phase (default"
              + " ${DEFAULT-VALUE}).")
  int drainSeconds;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the results as JSON here.")
  Path out;

  @Option(names = "--json", description = "Also print the JSON on standard output.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Workload> chosen = Workload.named(workload);
    if (chosen.isEmpty()) {
      err.println("bench: unknown workload " + workload + " (known: " + Workload.NAMES + ")");
      return USAGE;
    }
    if (durationSeconds < 1 || (rate != null && !(rate > 0)) || threads < 1 || drainSeconds < 0) {
      err.println("bench: --duration, --rate and --threads must be positive");
      return USAGE;
    }
    try {
      BenchReport report = run(chosen.get(), stdout);
      stdout.print(report.summary());
      if (out != null) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(out, report.json() + "\n");
        stdout.println("results: " + out);
      }
      if (json) {
        stdout.println(report.json());
      }
      stdout.flush();
      return 0;
    } catch (BenchException e) {
      err.println("bench: " + e.getMessage());
      return FAILED;
    } catch (IOException e) {
      err.println("bench: cannot write " + out + ": " + e.getMessage());
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("bench: interrupted");
      return FAILED;
    }
  }

  private BenchReport run(Workload w, PrintWriter stdout)
      throws BenchException, InterruptedException {
    BenchNetwork net = BenchNetwork.open(dir);
    w.check(net);
    List<Optional<ProcessHandle>> processes = new ArrayList<>();
    for (NodeHome n : net.nodes()) {
      Optional<ProcessHandle> p = NodeProcesses.running(n);
      if (p.isEmpty()) {
        throw new BenchException(
            n.label() + " is not running (silkchain net up --dir " + dir + ")");
      }
      processes.add(p);
    }
    stdout.println("bench: " + workload + " on " + net.nodes().size() + " nodes in " + dir);
    stdout.flush();
    Workload.Load load = w.prepare(net, stdout);
    int count =
        presign != null
            ? presign
            : (int) Math.ceil((rate != null ? rate : CLOSED_LOOP_PRESIGN_TPS) * durationSeconds);
    List<Sender.Signed> txs = presign(net, load, count);
    stdout.println(
        "signed " + txs.size() + " transactions from " + load.senders().size() + " senders");
    stdout.flush();

    processes.add(Optional.of(ProcessHandle.current()));
    UsageSampler usage = new UsageSampler(UsageSampler.of(processes));
    LoadRunner runner = new LoadRunner(net.api(), net.apis(), txs, load.senders().size() * 32);
    usage.start();
    LoadRunner.Outcome o =
        runner.run(
            rate, threads, Duration.ofSeconds(durationSeconds), Duration.ofSeconds(drainSeconds));
    usage.stop();
    if (rate == null && o.submitted() >= txs.size()) {
      stdout.println(
          "note: every pre-signed transaction was sent; raise --presign for a longer run");
    }

    SortedMap<String, Long> failed =
        LoadRunner.failedResults(net.api(), net.apis(), o.committedIds());
    SortedMap<String, Long> rejected = new TreeMap<>(o.rejected());
    failed.forEach((k, v) -> rejected.merge(k, v, Long::sum));
    long failedCount = failed.values().stream().mapToLong(Long::longValue).sum();
    List<BenchReport.Usage> nodes = new ArrayList<>();
    for (int i = 0; i < net.nodes().size(); i++) {
      NodeHome n = net.nodes().get(i);
      nodes.add(
          new BenchReport.Usage(
              n.number(),
              n.member(),
              processes.get(i).map(ProcessHandle::pid).orElse(null),
              usage.cpuPercent(i),
              usage.peakRssBytes(i)));
    }
    int c = net.nodes().size();
    BenchReport.Usage client =
        new BenchReport.Usage(
            0, "client", ProcessHandle.current().pid(), usage.cpuPercent(c), usage.peakRssBytes(c));
    // Latencies of every committed transaction (a failed result is still final); tps counts the
    // successful ones only.
    return new BenchReport(
        workload,
        rate,
        durationSeconds,
        o.submitted(),
        o.committedIds().size() - failedCount,
        Latencies.ofNanos(o.latencyNanos()),
        rejected,
        nodes,
        client);
  }

  /** Sender s's j-th transaction is number j*S + s: every sender's nonces go out in order. */
  static List<Sender.Signed> presign(BenchNetwork net, Workload.Load load, int count) {
    List<Sender> senders = load.senders();
    int s = senders.size();
    List<Sender.Signed> txs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      txs.add(senders.get(i % s).sign(net.genesis(), load.payload(i % s, i / s)));
    }
    return txs;
  }
}
