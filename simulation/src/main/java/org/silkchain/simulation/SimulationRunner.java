package org.silkchain.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.silkchain.simulation.world.World;

/**
 * Runs a {@link SimulationConfig}: every seed in {@code [startSeed, startSeed + seeds)}, each a
 * complete deterministic run checked for safety, agreement on state roots, valid certificates, no
 * honest double-signing and (with at most f Byzantine validators) liveness after GST.
 *
 * <p>Seeds run in parallel on {@code parallelism} threads, but each seed is single-threaded and a
 * function of the configuration and the seed alone, and results are combined in seed order, so the
 * summary does not depend on the thread count. Any violation names its seed; {@link #runSeed}
 * replays it exactly.
 */
public final class SimulationRunner {
  private SimulationRunner() {}

  public static SimulationSummary run(SimulationConfig config) {
    List<SeedResult> results = runAll(config);
    long heights = 0;
    long halted = 0;
    long recovery = 0;
    List<Violation> violations = new ArrayList<>();
    for (SeedResult r : results) {
      heights += r.heightsCommitted();
      halted += r.halted() ? 1 : 0;
      recovery = Math.max(recovery, r.recoveryMillis());
      violations.addAll(r.violations());
    }
    return new SimulationSummary(config, results.size(), heights, violations, halted, recovery);
  }

  /** Runs one seed of {@code config}. */
  public static SeedResult runSeed(SimulationConfig config, long seed) {
    return World.run(config, seed);
  }

  /** Every seed's result, in seed order. */
  public static List<SeedResult> runAll(SimulationConfig config) {
    int threads = (int) Math.max(1, Math.min(config.parallelism(), config.seeds()));
    if (threads == 1) {
      List<SeedResult> out = new ArrayList<>();
      for (long i = 0; i < config.seeds(); i++) {
        out.add(World.run(config, config.startSeed() + i));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<SeedResult>> futures = new ArrayList<>();
      for (long i = 0; i < config.seeds(); i++) {
        long seed = config.startSeed() + i;
        futures.add(pool.submit(() -> World.run(config, seed)));
      }
      List<SeedResult> out = new ArrayList<>(futures.size());
      for (Future<SeedResult> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("simulation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
