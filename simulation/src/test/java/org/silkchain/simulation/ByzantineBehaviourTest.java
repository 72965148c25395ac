package org.silkchain.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each Byzantine behaviour on its own, with f = 1 (n = 4) and f = 2 (n = 7) perpetrators. */
class ByzantineBehaviourTest {
  private static List<SeedResult> run(int n, ByzantineBehaviour behaviour, long seeds) {
    SimulationConfig config =
        SimulationConfig.defaults(n)
            .withByzantine((n - 1) / 3, List.of(behaviour))
            .withSeeds(seeds, 7_000)
            .withParallelism(SeedSweeps.THREADS);
    return SimulationRunner.runAll(config);
  }

  @ParameterizedTest
  @EnumSource(ByzantineBehaviour.class)
  void upToFByzantineValidatorsCannotBreakSafetyOrLiveness(ByzantineBehaviour behaviour) {
    for (int n : new int[] {4, 7}) {
      List<SeedResult> results = run(n, behaviour, 25);
      assertThat(results.stream().flatMap(r -> r.violations().stream()))
          .as("%s with n=%d", behaviour, n)
          .isEmpty();
      assertThat(results).noneMatch(SeedResult::halted);
    }
  }

  @Test
  void doubleVotesAreCaughtAsEvidence() {
    long evidence =
        run(4, ByzantineBehaviour.DOUBLE_VOTE, 10).stream().mapToLong(SeedResult::evidence).sum();
    assertThat(evidence).isPositive();
  }

  @Test
  void honestValidatorsSeeNoEquivocationFromHonestPeers() {
    long evidence =
        SimulationRunner.runAll(SimulationConfig.defaults(4).withSeeds(20, 1).withParallelism(2))
            .stream()
            .mapToLong(SeedResult::evidence)
            .sum();
    assertThat(evidence).isZero();
  }
}
