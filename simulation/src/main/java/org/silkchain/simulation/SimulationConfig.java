package org.silkchain.simulation;

import java.util.List;
import java.util.function.Consumer;
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
    return with(
        d -> {
          d.seeds = count;
          d.startSeed = start;
        });
  }

  public SimulationConfig withByzantine(int k, List<ByzantineBehaviour> what) {
    return with(
        d -> {
          d.byzantine = k;
          d.behaviours = what;
        });
  }

  public SimulationConfig withHeights(int h) {
    return with(d -> d.heights = h);
  }

  public SimulationConfig withFaults(NetworkFaults f) {
    return with(d -> d.faults = f);
  }

  public SimulationConfig withQuorumRule(QuorumRule q) {
    return with(d -> d.quorumRule = q);
  }

  public SimulationConfig withValidatorChanges(boolean on) {
    return with(d -> d.validatorChanges = on);
  }

  public SimulationConfig withCacheVerifications(boolean on) {
    return with(d -> d.cacheVerifications = on);
  }

  public SimulationConfig withParallelism(int threads) {
    return with(d -> d.parallelism = threads);
  }

  /** A copy with {@code change} applied; the record's constructor checks the result. */
  private SimulationConfig with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The mutable form of a configuration, used only inside {@link #with}. */
  private static final class Draft {
    long seeds;
    long startSeed;
    int validators;
    int byzantine;
    int heights;
    List<ByzantineBehaviour> behaviours;
    NetworkFaults faults;
    TimeoutConfig timeouts;
    QuorumRule quorumRule;
    boolean validatorChanges;
    boolean cacheVerifications;
    long livenessBoundMillis;
    int parallelism;

    Draft(SimulationConfig c) {
      seeds = c.seeds;
      startSeed = c.startSeed;
      validators = c.validators;
      byzantine = c.byzantine;
      heights = c.heights;
      behaviours = c.behaviours;
      faults = c.faults;
      timeouts = c.timeouts;
      quorumRule = c.quorumRule;
      validatorChanges = c.validatorChanges;
      cacheVerifications = c.cacheVerifications;
      livenessBoundMillis = c.livenessBoundMillis;
      parallelism = c.parallelism;
    }

    SimulationConfig build() {
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
          parallelism);
    }
  }
}
