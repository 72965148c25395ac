package org.silkchain.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A seed is a complete description of a run: replaying it reproduces the run exactly. */
class ReplayTest {
  private final SimulationConfig config =
      SimulationConfig.defaults(7)
          .withByzantine(2, List.of(ByzantineBehaviour.values()))
          .withParallelism(1);

  @Test
  void theSameSeedReplaysToTheSameTraceAndCounters() {
    for (long seed = 40; seed < 50; seed++) {
      SeedResult first = SimulationRunner.runSeed(config, seed);
      SeedResult second = SimulationRunner.runSeed(config, seed);
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void differentSeedsGiveDifferentRuns() {
    assertThat(SimulationRunner.runSeed(config, 1).trace())
        .isNotEqualTo(SimulationRunner.runSeed(config, 2).trace());
  }

  @Test
  void threadsDoNotChangeTheOutcome() {
    List<SeedResult> one = SimulationRunner.runAll(config.withSeeds(12, 100).withParallelism(1));
    List<SeedResult> two = SimulationRunner.runAll(config.withSeeds(12, 100).withParallelism(2));
    assertThat(two).isEqualTo(one);
  }

  @Test
  void aViolationNamesTheSeedThatReplaysIt() {
    SimulationConfig forking =
        SimulationConfig.defaults(4)
            .withByzantine(2, List.of(ByzantineBehaviour.EQUIVOCATE))
            .withParallelism(1)
            .withSeeds(20, 1);
    Violation v = SimulationRunner.run(forking).violations().get(0);
    assertThat(v.toString()).contains("seed " + v.seed());
    assertThat(SimulationRunner.runSeed(forking, v.seed()).violations()).contains(v);
  }
}
