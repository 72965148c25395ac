package org.silkchain.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.consensus.validator.QuorumRule;

/**
 * The checks can fail: an engine that takes 2f votes for a quorum instead of 2f + 1 (a rule that
 * exists only in this test) must be caught by the simulator within the CI seed budget.
 */
class BrokenQuorumTest {
  /** "2f instead of 2f + 1": 3p >= 2(T - 1), which with n = 3f + 1 equal votes is p >= 2f. */
  static final QuorumRule TWO_F =
      new QuorumRule() {
        @Override
        public boolean isQuorum(long power, long total) {
          return 3 * power >= 2 * (total - 1);
        }

        @Override
        public boolean exceedsFaultBound(long power, long total) {
          return QuorumRule.BYZANTINE.exceedsFaultBound(power, total);
        }
      };

  @Test
  void aTwoFQuorumForksUnderOneEquivocatorAndIsCaught() {
    SimulationSummary s =
        SimulationRunner.run(
            SimulationConfig.defaults(4)
                .withQuorumRule(TWO_F)
                .withByzantine(1, List.of(ByzantineBehaviour.EQUIVOCATE))
                .withSeeds(100, 1)
                .withParallelism(SeedSweeps.THREADS));
    System.out.println(s.summaryLine());
    assertThat(s.violations()).anyMatch(v -> v.kind() == Violation.Kind.SAFETY);
    // The reference verifier also rejects the certificates such an engine builds.
    assertThat(s.violations()).anyMatch(v -> v.kind() == Violation.Kind.INVALID_CERTIFICATE);
  }

  @Test
  void theCorrectRulePassesTheSameSeeds() {
    SimulationSummary s =
        SimulationRunner.run(
            SimulationConfig.defaults(4)
                .withByzantine(1, List.of(ByzantineBehaviour.EQUIVOCATE))
                .withSeeds(100, 1)
                .withParallelism(SeedSweeps.THREADS));
    assertThat(s.violations()).isEmpty();
  }
}
