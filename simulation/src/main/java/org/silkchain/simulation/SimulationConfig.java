package org.silkchain.simulation;

import java.util.List;
import org.silkchain.consensus.statemachine.TimeoutConfig;
import org.silkchain.consensus.validator.QuorumRule;

/**
 * One simulation configuration: which seeds, how many validators and how many of them Byzantine,
 * how many heights each seed must commit, and the limits of the faults drawn per seed.
 *
 * @param behaviours what the Byzantine validators do: in even seeds all of them act alike, as
 *     {@code behaviours[(seed / 2) mod size]} (a coordinated attack), in odd seeds the {@code j}-th
 *     acts as {@code behaviours[(seed + j) mod size]} (a mix); see {@link #behaviourOf}
 * @param validatorChanges if true the application raises one honest validator's power when it
 *     finalizes height 1 (effective from height 3), so runs cross a validator-set change
 * @param cacheVerifications share signature-verification results between the nodes of a seed: every
 *     distinct signed message is still really verified, once instead of once per receiver
 * @param livenessBoundMillis after GST every honest node must reach the target height within this
 *     much simulated time
 * @param parallelism seeds run on this many threads; results do not depend on it
 */
public record SimulationConfig(
    long seeds,
    long startSeed,
    int validators,
    int byzantine,
    int heights,
    List<ByzantineBehaviour> behaviours,
    NetworkFaults faults,
    TimeoutConfig timeouts,
    QuorumRule quorumRule,
    boolean validatorChanges,
    boolean cacheVerifications,
    long livenessBoundMillis,
    int parallelism) {

  /** Short timeouts for simulated networks with delays of a few tens of milliseconds. */
  public static final TimeoutConfig SIMULATION_TIMEOUTS =
      new TimeoutConfig(300, 100, 150, 50, 150, 50, 400);

  public SimulationConfig {
    behaviours = List.copyOf(behaviours);
    if (seeds < 0
        || validators < 1
        || byzantine < 0
        || byzantine > validators
        || heights < 1
        || behaviours.isEmpty()
        || livenessBoundMillis < 1
        || parallelism < 1) {
      throw new IllegalArgumentException("bad simulation configuration");
    }
  }

  /** {@code n} validators, none Byzantine, 100 seeds from 1, 3 heights, default faults. */
  public static SimulationConfig defaults(int n) {
    return new SimulationConfig(
        100,
        1,
        n,
        0,
        3,
        List.of(ByzantineBehaviour.values()),
        NetworkFaults.DEFAULT,
        SIMULATION_TIMEOUTS,
        QuorumRule.BYZANTINE,
        true,
        true,
        30_000,
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** What the {@code j}-th Byzantine validator does in {@code seed}. */
  public ByzantineBehaviour behaviourOf(long seed, int j) {
    long size = behaviours.size();
    long index =
        Math.floorMod(seed, 2L) == 0
            ? Math.floorMod(seed / 2, size)
            : Math.floorMod(seed + j, size);
    return behaviours.get((int) index);
  }

  /** The largest f with 3f + 1 <= n (equal power). */
  public int faultBound() {
    return (validators - 1) / 3;
  }

  public SimulationConfig withSeeds(long count, long start) {
    return new SimulationConfig(
        count,
        start,
        validators,
        byzantine,
        heights,
        behaviours,
        faults,
        timeouts,
        quorumRule,
        validatorChanges,
        cacheVerifications,
        livenessBoundMillis,
        parallelism);
  }

  public SimulationConfig withByzantine(int k, List<ByzantineBehaviour> what) {
    return new SimulationConfig(
        seeds,
        startSeed,
        validators,
        k,
        heights,
        what,
        faults,
        timeouts,
        quorumRule,
        validatorChanges,
        cacheVerifications,
        livenessBoundMillis,
        parallelism);
  }

  public SimulationConfig withHeights(int h) {
    return new SimulationConfig(
        seeds,
        startSeed,
        validators,
        byzantine,
        h,
        behaviours,
        faults,
        timeouts,
        quorumRule,
        validatorChanges,
        cacheVerifications,
        livenessBoundMillis,
        parallelism);
  }

  public SimulationConfig withFaults(NetworkFaults f) {
    return new SimulationConfig(
        seeds,
        startSeed,
        validators,
        byzantine,
        heights,
        behaviours,
        f,
        timeouts,
        quorumRule,
        validatorChanges,
        cacheVerifications,
        livenessBoundMillis,
        parallelism);
  }

  public SimulationConfig withQuorumRule(QuorumRule q) {
    return new SimulationConfig(
        seeds,
        startSeed,
        validators,
        byzantine,
        heights,
        behaviours,
        faults,
        timeouts,
        q,
        validatorChanges,
        cacheVerifications,
        livenessBoundMillis,
        parallelism);
  }

  public SimulationConfig withValidatorChanges(boolean on) {
    return new SimulationConfig(
        seeds,
        startSeed,
        validators,
        byzantine,
        heights,
        behaviours,
        faults,
        timeouts,
        quorumRule,
        on,
        cacheVerifications,
        livenessBoundMillis,
        parallelism);
  }

  public SimulationConfig withCacheVerifications(boolean on) {
    return new SimulationConfig(
        seeds,
        startSeed,
        validators,
        byzantine,
        heights,
        behaviours,
        faults,
        timeouts,
        quorumRule,
        validatorChanges,
        on,
        livenessBoundMillis,
        parallelism);
  }

  public SimulationConfig withParallelism(int threads) {
    return new SimulationConfig(
        seeds,
        startSeed,
        validators,
        byzantine,
        heights,
        behaviours,
        faults,
        timeouts,
        quorumRule,
        validatorChanges,
        cacheVerifications,
        livenessBoundMillis,
        threads);
  }
}
