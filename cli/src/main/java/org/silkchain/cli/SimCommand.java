package org.silkchain.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.silkchain.simulation.ConsensusCost;
import org.silkchain.simulation.SimulationConfig;
import org.silkchain.simulation.SimulationRunner;
import org.silkchain.simulation.SimulationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code silkchain sim}: runs the real consensus engine over many seeds of the deterministic
 * network simulation and checks safety, state agreement and liveness on each.
 */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = {
      "Run the consensus engine in the deterministic network simulator over many seeds, with"
          + " message delay, loss, duplication, reordering, partitions, crashes and restarts, and"
          + " Byzantine validators.",
      "Prints one summary line per validator count; exits 1 if any seed broke safety,"
          + " state-root agreement, certificate validity or liveness (with at most f faulty)."
          + " A failing seed is printed and replays exactly with --start-seed SEED --seeds 1."
    })
final class SimCommand implements Callable<Integer> {
  static final int VIOLATIONS_FOUND = 1;

  @Spec CommandSpec spec;

  @Option(
      names = "--seeds",
      required = true,
      description = "How many seeds to run per configuration (with --cost: seeds per size).")
  long seeds;

  @Option(
      names = "--cost",
      description =
          "Instead of checking, measure consensus cost per committed block (messages, bytes,"
              + " signature checks, simulated latency) on a fault-free network of honest"
              + " validators, over --heights heights and --seeds seeds per validator count.")
  boolean cost;

  @Option(
      names = "--validators",
      required = true,
      split = ",",
      description = "Number of validators n; several, comma-separated, run one configuration each.")
  List<Integer> validators;

  @Option(
      names = "--byzantine",
      defaultValue = "0",
      description = "How many validators act maliciously (default ${DEFAULT-VALUE}).")
  int byzantine;

  @Option(
      names = "--start-seed",
      defaultValue = "1",
      description = "The first seed (default ${DEFAULT-VALUE}).")
  long startSeed;

  @Option(
      names = "--heights",
      defaultValue = "3",
      description = "Heights each seed must commit (default ${DEFAULT-VALUE}).")
  int heights;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (seeds < 1 || heights < 1 || byzantine < 0) {
      err.println("sim: --seeds and --heights must be positive, --byzantine not negative");
      return 2;
    }
    if (cost) {
      int[] sizes = validators.stream().mapToInt(Integer::intValue).toArray();
      out.println(ConsensusCost.table(ConsensusCost.measure(heights, (int) seeds, sizes)));
      out.flush();
      return 0;
    }
    boolean clean = true;
    for (int n : validators) {
      if (n < 1 || byzantine > n) {
        err.println("sim: need 1 <= byzantine <= validators, got n=" + n + " k=" + byzantine);
        return 2;
      }
      SimulationConfig config =
          SimulationConfig.defaults(n)
              .withSeeds(seeds, startSeed)
              .withHeights(heights)
              .withByzantine(byzantine, SimulationConfig.defaults(n).behaviours());
      SimulationSummary summary = SimulationRunner.run(config);
      out.println(summary.summaryLine());
      summary.violations().stream().limit(20).forEach(v -> out.println("  " + v));
      if (summary.violations().size() > 20) {
        out.println("  ... " + (summary.violations().size() - 20) + " more");
      }
      out.flush();
      clean &= summary.passed();
    }
    return clean ? 0 : VIOLATIONS_FOUND;
  }
}
