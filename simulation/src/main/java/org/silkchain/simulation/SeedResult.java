package org.silkchain.simulation;

import java.util.List;

/**
 * The outcome of one seed.
 *
 * @param heightsCommitted heights every honest node committed
 * @param halted true if honest nodes had not all reached the target height by the deadline
 * @param trace a digest of every event processed, in order: equal seeds give equal traces
 * @param recoveryMillis simulated time from GST until the last honest node's first commit after it
 * @param crashes crash-restarts of honest nodes in the run
 * @param evidence equivocations honest engines reported
 * @param cost message and crypto counters of the run
 */
public record SeedResult(
    long seed,
    long heightsCommitted,
    boolean halted,
    List<Violation> violations,
    long trace,
    long simulatedMillis,
    long recoveryMillis,
    int crashes,
    long evidence,
    RunCost cost) {
  public SeedResult {
    violations = List.copyOf(violations);
  }

  /**
   * Counters of a run, over honest and Byzantine nodes alike.
   *
   * @param messages point-to-point messages handed to the network (a broadcast to n-1 peers counts
   *     n-1)
   * @param bytes their encoded size
   * @param signatureChecks signature verifications the engines asked for (before any cache)
   * @param signatures signatures produced by honest engines
   * @param commitLatencyMillis sum over committed heights of the time from the first node entering
   *     the height to the first honest commit of it
   */
  public record RunCost(
      long messages,
      long bytes,
      long signatureChecks,
      long signatures,
      long commitLatencyMillis,
      long heights) {}
}
