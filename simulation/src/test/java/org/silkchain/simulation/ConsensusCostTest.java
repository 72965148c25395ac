package org.silkchain.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusCostTest {
  @Test
  void costGrowsQuadraticallyWithTheValidatorCount() {
    List<ConsensusCost.Row> rows = ConsensusCost.measure(20, 3, 4, 7, 10, 16);
    System.out.println(ConsensusCost.table(rows));
    for (ConsensusCost.Row r : rows) {
      int n = r.validators();
      // One proposal and two votes per validator, each to n - 1 peers, in a fault-free round;
      // a few messages of the height after the last one measured are counted too.
      long perRound = (2L * n + 1) * (n - 1);
      assertThat(r.messages()).isBetween(perRound, perRound + perRound / 20);
      assertThat(r.signatures()).isBetween(2L * n + 1, 2L * n + 2);
      // A receiver checks each signature at most once; votes arriving after it decided are
      // dropped unchecked.
      assertThat(r.signatureChecks()).isBetween((2L * n + 1) * (n - 1) / 2, r.messages());
      assertThat(r.latencyMillis()).isBetween(15L, 100L);
    }
    assertThat(rows.get(3).bytes()).isGreaterThan(rows.get(0).bytes() * 10);
  }
}
