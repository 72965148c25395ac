package org.silkchain.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Shared body of the per-size sweep tests. */
final class SeedSweeps {
  /** CI runs on 2 cores. */
  static final int THREADS = 2;

  private SeedSweeps() {}

  /** Half the seeds all honest, half with f Byzantine validators of every behaviour. */
  static void sweep(int n, long seeds, long startSeed) {
    SimulationConfig base = SimulationConfig.defaults(n).withParallelism(THREADS);
    int f = base.faultBound();
    SimulationSummary honest = SimulationRunner.run(base.withSeeds(seeds / 2, startSeed));
    SimulationSummary byzantine =
        SimulationRunner.run(
            base.withSeeds(seeds - seeds / 2, startSeed + seeds / 2)
                .withByzantine(f, List.of(ByzantineBehaviour.values())));
    for (SimulationSummary s : List.of(honest, byzantine)) {
      System.out.println(
          s.summaryLine() + " max-recovery-after-GST=" + s.maxRecoveryMillis() + "ms");
      assertThat(s.violations()).as(s.summaryLine()).isEmpty();
      assertThat(s.halted()).isZero();
      assertThat(s.heightsCommitted()).isEqualTo(s.seedsRun() * s.configuration().heights());
    }
  }
}
