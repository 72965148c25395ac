package org.silkchain.consensus.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.consensus.testing.Fixture;

class ValidatorScheduleTest {
  private final Fixture fx = Fixture.of(4);

  @Test
  void updatesTakeEffectTwoHeightsAfterTheirBlock() {
    ValidatorSchedule s = fx.schedule.afterFinalize(5, List.of(new ValidatorUpdate(fx.pub(0), 3)));
    assertThat(s.setAt(6)).isEqualTo(fx.set);
    assertThat(s.setAt(7).power(fx.pub(0))).isEqualTo(3);
    assertThat(s.setAt(7).totalPower()).isEqualTo(6);
    assertThat(s.setAt(100)).isEqualTo(s.setAt(7));
    assertThat(s.setAt(1)).isEqualTo(fx.set);
  }

  @Test
  void addsAndRemovesValidators() {
    var newcomer = Fixture.outsider().publicKey();
    ValidatorSchedule s =
        fx.schedule.afterFinalize(
            1, List.of(new ValidatorUpdate(newcomer, 1), new ValidatorUpdate(fx.pub(2), 0)));
    assertThat(s.setAt(3).contains(newcomer)).isTrue();
    assertThat(s.setAt(3).contains(fx.pub(2))).isFalse();
    assertThat(s.setAt(3).size()).isEqualTo(4);
  }

  @Test
  void anUpdateThatEmptiesTheSetIsIgnoredAsAWhole() {
    List<ValidatorUpdate> wipe =
        List.of(
            new ValidatorUpdate(fx.pub(0), 0),
            new ValidatorUpdate(fx.pub(1), 0),
            new ValidatorUpdate(fx.pub(2), 0),
            new ValidatorUpdate(fx.pub(3), 0));
    assertThat(fx.schedule.afterFinalize(1, wipe)).isEqualTo(fx.schedule);
  }

  @Test
  void consecutiveChangesBuildOnEachOther() {
    ValidatorSchedule s =
        fx.schedule
            .afterFinalize(1, List.of(new ValidatorUpdate(fx.pub(0), 2)))
            .afterFinalize(2, List.of(new ValidatorUpdate(fx.pub(1), 5)));
    assertThat(s.setAt(3).totalPower()).isEqualTo(5);
    assertThat(s.setAt(4).totalPower()).isEqualTo(9);
    assertThat(fx.schedule.afterFinalize(3, List.of())).isSameAs(fx.schedule);
  }

  @Test
  void quorumThresholdsAreStrict() {
    assertThat(QuorumRule.BYZANTINE.isQuorum(3, 4)).isTrue();
    assertThat(QuorumRule.BYZANTINE.isQuorum(2, 3)).isFalse();
    assertThat(QuorumRule.BYZANTINE.isQuorum(6, 9)).isFalse();
    assertThat(QuorumRule.BYZANTINE.exceedsFaultBound(2, 4)).isTrue();
    assertThat(QuorumRule.BYZANTINE.exceedsFaultBound(1, 3)).isFalse();
  }
}
