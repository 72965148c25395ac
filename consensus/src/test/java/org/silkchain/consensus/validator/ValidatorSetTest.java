package org.silkchain.consensus.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.crypto.PublicKey;

class ValidatorSetTest {
  private final Fixture fx = Fixture.of(7);

  @Test
  void equalPowersRotateThroughEveryValidator() {
    ValidatorSet set = fx.set;
    TreeMap<PublicKey, Integer> turns = new TreeMap<>();
    for (long h = 1; h <= 7; h++) {
      turns.merge(set.proposer(h, 0), 1, Integer::sum);
    }
    assertThat(turns).hasSize(7).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
  }

  @Test
  void nextRoundHasANewProposer() {
    for (long h = 1; h < 20; h++) {
      assertThat(fx.set.proposer(h, 1)).isNotEqualTo(fx.set.proposer(h, 0));
    }
  }

  @Test
  void everyWindowOfTotalPowerSlotsGivesEachValidatorItsPower() {
    List<Validator> members =
        List.of(
            new Validator(fx.pub(0), 5),
            new Validator(fx.pub(1), 1),
            new Validator(fx.pub(2), 3),
            new Validator(fx.pub(3), 1));
    ValidatorSet set = new ValidatorSet(members);
    for (long start = 1; start < 40; start += 7) {
      TreeMap<PublicKey, Integer> turns = new TreeMap<>();
      for (long slot = start; slot < start + set.totalPower(); slot++) {
        turns.merge(set.proposer(slot, 0), 1, Integer::sum);
      }
      for (Validator v : members) {
        assertThat(turns.get(v.key()))
            .as("turns of power %d", v.power())
            .isEqualTo((int) v.power());
      }
    }
  }

  @Test
  void aHeavyValidatorDoesNotProposeManyHeightsInARow() {
    ValidatorSet set =
        new ValidatorSet(List.of(new Validator(fx.pub(0), 6), new Validator(fx.pub(1), 4)));
    int longestRun = 0;
    int run = 0;
    PublicKey last = null;
    for (long h = 1; h <= 100; h++) {
      PublicKey p = set.proposer(h, 0);
      run = p.equals(last) ? run + 1 : 1;
      longestRun = Math.max(longestRun, run);
      last = p;
    }
    assertThat(longestRun).isLessThanOrEqualTo(3);
  }

  @Test
  void orderOfConstructionDoesNotMatter() {
    ValidatorSet a = ValidatorSet.equalPower(List.of(fx.pub(3), fx.pub(1), fx.pub(2)));
    ValidatorSet b = ValidatorSet.equalPower(List.of(fx.pub(1), fx.pub(2), fx.pub(3)));
    assertThat(a).isEqualTo(b);
    assertThat(a.proposer(9, 4)).isEqualTo(b.proposer(9, 4));
  }

  @Test
  void rejectsEmptyDuplicateAndZeroPowerSets() {
    assertThatThrownBy(() -> new ValidatorSet(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ValidatorSet.equalPower(List.of(fx.pub(1), fx.pub(1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Validator(fx.pub(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void powerLookupAndCodecRoundTrip() {
    assertThat(fx.set.power(fx.pub(2))).isEqualTo(1);
    assertThat(fx.set.power(Fixture.outsider().publicKey())).isZero();
    assertThat(ValidatorSet.CODEC.decode(ValidatorSet.CODEC.encode(fx.set))).isEqualTo(fx.set);
  }

  @Test
  void decoderRejectsZeroPowerWithADecodeException() {
    var bytes = ValidatorSet.CODEC.encode(ValidatorSet.equalPower(List.of(fx.pub(0)))).toArray();
    bytes[bytes.length - 1] = 0;
    assertThatThrownBy(() -> ValidatorSet.CODEC.decode(org.silkchain.codec.Bytes.wrap(bytes)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.INVALID_VALUE));
  }
}
