package org.silkchain.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * Cost of consensus per committed block, measured by the simulator on a fault-free network with
 * delays uniform in 5..25 ms, all validators honest, real Ed25519 signatures. Counters are per
 * block, summed over all nodes: {@code messages} and {@code bytes} count point-to-point
 * transmissions (a broadcast to n - 1 peers is n - 1 messages), {@code signatureChecks} counts
 * verifications the engines asked for, {@code signatures} those they produced; {@code
 * latencyMillis} is the simulated time between successive commits.
 */
public final class ConsensusCost {
  /** Per-block averages for one validator count (integers; rounded down). */
  public record Row(
      int validators,
      long blocks,
      long messages,
      long bytes,
      long signatureChecks,
      long signatures,
      long latencyMillis) {}

  private static final NetworkFaults MEASURED_NETWORK = new NetworkFaults(5, 25, 0, 0, 0, 0, 0, 0);

  private ConsensusCost() {}

  /** Runs {@code seeds} seeds of {@code heights} heights with {@code n} validators. */
  public static Row measure(int n, int heights, int seeds) {
    SimulationConfig config =
        SimulationConfig.defaults(n)
            .withFaults(MEASURED_NETWORK)
            .withHeights(heights)
            .withValidatorChanges(false)
            .withSeeds(seeds, 1);
    long blocks = 0;
    long messages = 0;
    long bytes = 0;
    long checks = 0;
    long signatures = 0;
    long latency = 0;
    for (SeedResult r : SimulationRunner.runAll(config)) {
      if (!r.violations().isEmpty()) {
        throw new IllegalStateException("cost run failed: " + r.violations().get(0));
      }
      blocks += r.cost().heights();
      messages += r.cost().messages();
      bytes += r.cost().bytes();
      checks += r.cost().signatureChecks();
      signatures += r.cost().signatures();
      latency += r.cost().commitLatencyMillis();
    }
    long b = Math.max(1, blocks);
    return new Row(n, blocks, messages / b, bytes / b, checks / b, signatures / b, latency / b);
  }

  public static List<Row> measure(int heights, int seeds, int... sizes) {
    List<Row> rows = new ArrayList<>();
    for (int n : sizes) {
      rows.add(measure(n, heights, seeds));
    }
    return rows;
  }

  /** A Markdown table of {@code rows}. */
  public static String table(List<Row> rows) {
    StringBuilder out =
        new StringBuilder(
            "| validators | messages/block | bytes/block | signature checks/block"
                + " | signatures/block | latency/block (ms) |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      out.append(
          String.format(
              "| %d | %d | %d | %d | %d | %d |%n",
              r.validators(),
              r.messages(),
              r.bytes(),
              r.signatureChecks(),
              r.signatures(),
              r.latencyMillis()));
    }
    return out.toString();
  }
}
