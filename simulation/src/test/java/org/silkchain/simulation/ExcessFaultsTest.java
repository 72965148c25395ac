package org.silkchain.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With more than f Byzantine validators nothing is guaranteed, but nothing may go unnoticed: a run
 * either keeps its properties, reports a violation, or reports a halt.
 */
class ExcessFaultsTest {
  @Test
  void colludingEquivocatorsBeyondFForkAndTheForkIsReported() {
    SimulationSummary s =
        SimulationRunner.run(
            SimulationConfig.defaults(4)
                .withByzantine(2, List.of(ByzantineBehaviour.EQUIVOCATE))
                .withSeeds(40, 1)
                .withParallelism(SeedSweeps.THREADS));
    System.out.println(s.summaryLine());
    assertThat(s.violations()).anyMatch(v -> v.kind() == Violation.Kind.SAFETY);
  }

  @Test
  void silentValidatorsBeyondFHaltTheChainAndTheHaltIsReported() {
    SimulationSummary s =
        SimulationRunner.run(
            SimulationConfig.defaults(4)
                .withByzantine(2, List.of(ByzantineBehaviour.SILENT))
                .withSeeds(4, 1)
                .withParallelism(SeedSweeps.THREADS));
    System.out.println(s.summaryLine());
    assertThat(s.halted()).isEqualTo(4);
    assertThat(s.heightsCommitted()).isZero();
    // Liveness was never promised here, so a halt is reported as such, not as a violation.
    assertThat(s.violations()).isEmpty();
  }

  @Test
  void withAtMostFAHaltIsALivenessViolation() {
    // Time runs out before anything can commit: the same halt now breaks a promise.
    SimulationConfig impatient =
        new SimulationConfig(
            2,
            1,
            4,
            1,
            3,
            List.of(ByzantineBehaviour.SILENT),
            NetworkFaults.NONE,
            SimulationConfig.SIMULATION_TIMEOUTS,
            org.silkchain.consensus.validator.QuorumRule.BYZANTINE,
            false,
            true,
            10,
            1);
    SimulationSummary s = SimulationRunner.run(impatient);
    assertThat(s.halted()).isEqualTo(2);
    assertThat(s.violations()).allMatch(v -> v.kind() == Violation.Kind.LIVENESS).hasSize(2);
  }
}
