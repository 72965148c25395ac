package org.silkchain.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every faulty seed crashes honest validators, half of them partway through the actions of one
 * event (after persisting a signature, before sending it, or the other way round), and restarts
 * them from durable state alone. The monitor checks every message honest nodes send: no honest
 * validator may ever have signed two different payloads for one height, round and step.
 */
class CrashRestartTest {
  @Test
  void restartedValidatorsNeverDoubleSignAndCatchUp() {
    for (int n : new int[] {4, 7}) {
      SimulationConfig config =
          SimulationConfig.defaults(n)
              .withFaults(NetworkFaults.DEFAULT.withCrashes(1000))
              .withHeights(4)
              .withSeeds(200, 500)
              .withParallelism(SeedSweeps.THREADS);
      List<SeedResult> results = SimulationRunner.runAll(config);
      long crashes = results.stream().mapToLong(SeedResult::crashes).sum();
      List<Violation> violations = results.stream().flatMap(r -> r.violations().stream()).toList();
      System.out.println(
          "n=" + n + " crash-restarts=" + crashes + " violations=" + violations.size());
      assertThat(crashes).isGreaterThan(100);
      assertThat(violations).isEmpty();
    }
  }
}
