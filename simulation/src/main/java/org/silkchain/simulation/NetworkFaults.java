package org.silkchain.simulation;

/**
 * Limits of the faults a simulation draws per seed. Probabilities are in per mille (integers keep
 * runs free of floating point). Before GST (global stabilization time, drawn per seed up to {@code
 * maxGstMillis}) messages may be lost, delayed up to {@code asyncExtraDelayMillis} more, the
 * network may be partitioned ({@code partitionPerMille} of such seeds) and honest nodes may crash
 * and restart ({@code crashPerMille}); at GST partitions heal, crashed nodes are back and losses
 * stop. Delays stay in {@code [minDelayMillis, maxDelayMillis]} after GST; duplication goes on.
 */
public record NetworkFaults(
    int minDelayMillis,
    int maxDelayMillis,
    int asyncExtraDelayMillis,
    int maxLossPerMille,
    int duplicatePerMille,
    int partitionPerMille,
    int crashPerMille,
    long maxGstMillis) {

  /** A quarter of the seeds calm; the rest lossy, 40% partitioned, 40% with crashes. */
  public static final NetworkFaults DEFAULT =
      new NetworkFaults(2, 40, 600, 200, 20, 400, 400, 2000);

  /** A perfect network: fixed small delays, nothing lost, no partitions or crashes. */
  public static final NetworkFaults NONE = new NetworkFaults(10, 10, 0, 0, 0, 0, 0, 0);

  /** Crashes in every seed that has a period before GST. */
  public NetworkFaults withCrashes(int perMille) {
    return new NetworkFaults(
        minDelayMillis,
        maxDelayMillis,
        asyncExtraDelayMillis,
        maxLossPerMille,
        duplicatePerMille,
        partitionPerMille,
        perMille,
        maxGstMillis);
  }

  public NetworkFaults {
    if (minDelayMillis < 1
        || maxDelayMillis < minDelayMillis
        || asyncExtraDelayMillis < 0
        || maxLossPerMille < 0
        || maxLossPerMille > 1000
        || duplicatePerMille < 0
        || duplicatePerMille > 1000
        || partitionPerMille < 0
        || partitionPerMille > 1000
        || crashPerMille < 0
        || crashPerMille > 1000
        || maxGstMillis < 0) {
      throw new IllegalArgumentException("bad network fault limits");
    }
  }
}
