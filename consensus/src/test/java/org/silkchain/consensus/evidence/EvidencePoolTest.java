package org.silkchain.consensus.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.crypto.Hash;

class EvidencePoolTest {
  private final Fixture fx = Fixture.of(4);
  private final Optional<Hash> a = Optional.of(fx.id(Fixture.block("a")));

  private Evidence doubleVote(int who, long height, int round) {
    return new Evidence.DuplicateVote(
        fx.prevote(who, height, round, a), fx.prevote(who, height, round, Optional.empty()));
  }

  @Test
  void keepsOneEntryPerOffenceAndAnswersQueries() {
    EvidencePool pool = new EvidencePool();
    assertThat(pool.add(doubleVote(1, 3, 0))).isTrue();
    assertThat(pool.add(doubleVote(1, 3, 0))).isFalse();
    assertThat(pool.add(doubleVote(2, 3, 1))).isTrue();
    assertThat(pool.add(doubleVote(1, 4, 0))).isTrue();
    assertThat(pool.size()).isEqualTo(3);
    assertThat(pool.atHeight(3)).hasSize(2);
    assertThat(pool.against(fx.pub(1))).hasSize(2).allMatch(e -> e.offender().equals(fx.pub(1)));
  }

  @Test
  void theOrderOfTheTwoVotesDoesNotMatter() {
    var x = fx.precommit(0, 2, 1, a);
    var y = fx.precommit(0, 2, 1, Optional.empty());
    assertThat(new Evidence.DuplicateVote(x, y)).isEqualTo(new Evidence.DuplicateVote(y, x));
  }

  @Test
  void isBounded() {
    EvidencePool pool = new EvidencePool(2);
    pool.add(doubleVote(1, 1, 0));
    pool.add(doubleVote(1, 2, 0));
    pool.add(doubleVote(1, 3, 0));
    assertThat(pool.size()).isEqualTo(2);
    assertThat(pool.atHeight(1)).isEmpty();
  }

  @Test
  void refusesPairsThatAreNotAnOffence() {
    var v = fx.prevote(0, 1, 0, a);
    assertThatThrownBy(() -> new Evidence.DuplicateVote(v, v))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Evidence.DuplicateVote(v, fx.prevote(1, 1, 0, Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Evidence.DuplicateVote(v, fx.precommit(0, 1, 0, Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void proposalEvidenceRoundTrips() {
    var p1 = fx.proposal(1, 0, Fixture.block("x"), -1).proposal();
    var p2 = fx.proposal(1, 0, Fixture.block("y"), -1).proposal();
    Evidence e = new Evidence.DuplicateProposal(p1, p2);
    assertThat(Evidence.CODEC.decode(Evidence.CODEC.encode(e))).isEqualTo(e);
    assertThat(Evidence.CODEC.decode(Evidence.CODEC.encode(doubleVote(2, 1, 0))))
        .isEqualTo(doubleVote(2, 1, 0));
  }
}
