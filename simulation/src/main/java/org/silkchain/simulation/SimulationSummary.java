package org.silkchain.simulation;

import java.util.List;

/**
 * The outcome of running many seeds of one configuration.
 *
 * @param heightsCommitted sum over seeds of the heights all honest nodes committed
 * @param halted seeds where honest nodes stopped committing before the target height (a liveness
 *     failure; also a {@link Violation.Kind#LIVENESS} violation when at most f were Byzantine)
 * @param maxRecoveryMillis the longest time from GST to every honest node's next commit
 */
public record SimulationSummary(
    SimulationConfig configuration,
    long seedsRun,
    long heightsCommitted,
    List<Violation> violations,
    long halted,
    long maxRecoveryMillis) {
  public SimulationSummary {
    violations = List.copyOf(violations);
  }

  public boolean passed() {
    return violations.isEmpty();
  }

  /**
   * One line: configuration, seeds run, heights committed, halts, violations, and the first
   * violation (abbreviated; {@link #violations()} has them all, each with its seed).
   */
  public String summaryLine() {
    return String.format(
        "n=%d byzantine=%d (f=%d) seeds=%d [%d..%d] heights-committed=%d halted=%d violations=%d%s",
        configuration.validators(),
        configuration.byzantine(),
        configuration.faultBound(),
        seedsRun,
        configuration.startSeed(),
        configuration.startSeed() + seedsRun - 1,
        heightsCommitted,
        halted,
        violations.size(),
        violations.isEmpty() ? "" : " first: " + abbreviate(violations.get(0).toString()));
  }

  private static String abbreviate(String text) {
    return text.length() <= 240 ? text : text.substring(0, 237) + "...";
  }
}
