package org.silkchain.consensus.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeoutConfigTest {
  @Test
  void growsLinearlyWithTheRound() {
    TimeoutConfig t = TimeoutConfig.DEFAULT;
    assertThat(t.propose(0)).isEqualTo(3000);
    assertThat(t.propose(4)).isEqualTo(5000);
    assertThat(t.prevote(2)).isEqualTo(2000);
    assertThat(t.precommit(10)).isEqualTo(6000);
    assertThat(t.of(TimeoutKind.REBROADCAST, 99)).isEqualTo(2000);
  }

  @Test
  void saturatesInsteadOfOverflowing() {
    TimeoutConfig t = new TimeoutConfig(1, Long.MAX_VALUE / 2, 1, 1, 1, 1, 1);
    assertThat(t.propose(Integer.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(t.propose(1)).isEqualTo(1 + Long.MAX_VALUE / 2);
  }
}
