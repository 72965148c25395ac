package org.silkchain.trade.governance.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The voting rules over random electorates, ballots (including ballots of ineligible members and
 * changed votes), rule sets and times.
 */
class TallyProperties {
  /** Members 0..size-1, eligibility per member, and a sequence of (member, vote) casts. */
  record Scenario(int size, List<Boolean> eligible, List<int[]> casts, RuleSet rules) {
    TreeSet<Integer> electorate() {
      TreeSet<Integer> e = new TreeSet<>();
      for (int i = 0; i < size; i++) {
        if (eligible.get(i)) {
          e.add(i);
        }
      }
      return e;
    }

    /** Last vote per member wins: votes can be changed until the deadline. */
    TreeMap<Integer, Vote> ballots() {
      TreeMap<Integer, Vote> b = new TreeMap<>();
      for (int[] c : casts) {
        b.put(c[0] % size, Vote.values()[c[1]]);
      }
      return b;
    }
  }

  @Provide
  Arbitrary<RuleSet> rules() {
    Arbitrary<Fraction> fraction =
        Arbitraries.integers()
            .between(1, 12)
            .flatMap(den -> Arbitraries.integers().between(0, den).map(n -> new Fraction(n, den)));
    Arbitrary<Optional<Majority>> fallback =
        Combinators.combine(fraction, Arbitraries.of(Majority.Base.class))
            .as(Majority::new)
            .optional(0.8);
    return Combinators.combine(Arbitraries.of(Procedure.class), fraction, fallback)
        .as((p, q, f) -> new RuleSet(p, q, f, 0, 0, Set.of()));
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(
            size ->
                Combinators.combine(
                        Arbitraries.of(true, true, true, false).list().ofSize(size),
                        Combinators.combine(
                                Arbitraries.integers().between(0, size - 1),
                                Arbitraries.integers().between(0, 2))
                            .as((m, v) -> new int[] {m, v})
                            .list()
                            .ofMaxSize(3 * size),
                        rules())
                    .as((eligible, casts, rules) -> new Scenario(size, eligible, casts, rules)));
  }

  private static Outcome decide(Scenario s, Map<Integer, Vote> ballots) {
    return Tally.decide(s.rules(), ballots, s.electorate(), 10, 10).outcome();
  }

  @Property(tries = 300)
  void beforeTheDeadlineNothingIsDecided(@ForAll("scenarios") Scenario s) {
    assertThat(Tally.decide(s.rules(), s.ballots(), s.electorate(), 9, 10).outcome())
        .isEqualTo(Outcome.PENDING);
    assertThat(decide(s, s.ballots())).isNotEqualTo(Outcome.PENDING);
  }

  @Property(tries = 300)
  void ballotsOfIneligibleMembersNeverCount(@ForAll("scenarios") Scenario s) {
    TreeMap<Integer, Vote> onlyEligible = new TreeMap<>(s.ballots());
    onlyEligible.keySet().retainAll(s.electorate());
    assertThat(decide(s, s.ballots())).isEqualTo(decide(s, onlyEligible));
  }

  @Property(tries = 300)
  void consensusIsAdoptionWithoutObjectionOnceTheQuorumIsPresent(@ForAll("scenarios") Scenario s) {
    Count c = Tally.count(s.ballots(), s.electorate());
    Outcome o = Tally.outcome(s.rules(), c);
    if (s.rules().procedure() != Procedure.CONSENSUS) {
      return;
    }
    boolean quorum =
        c.electorate() > 0
            && c.cast() * s.rules().quorum().den() >= s.rules().quorum().num() * c.electorate();
    if (!quorum) {
      assertThat(o).isEqualTo(Outcome.NO_QUORUM);
    } else if (c.against() == 0) {
      assertThat(o).isEqualTo(Outcome.ADOPTED_BY_CONSENSUS);
    } else {
      assertThat(o).isNotEqualTo(Outcome.ADOPTED_BY_CONSENSUS);
      assertThat(o)
          .isIn(
              s.rules().fallback().isPresent()
                  ? List.of(Outcome.ADOPTED_BY_MAJORITY, Outcome.REJECTED_BY_MAJORITY)
                  : List.of(Outcome.REJECTED_BY_OBJECTION));
    }
  }

  @Property(tries = 300)
  void abstentionsNeverBlockConsensus(@ForAll("scenarios") Scenario s) {
    TreeMap<Integer, Vote> abstaining = new TreeMap<>(s.ballots());
    abstaining.replaceAll((m, v) -> v == Vote.AGAINST ? Vote.ABSTAIN : v);
    Outcome o = decide(s, abstaining);
    if (s.rules().procedure() == Procedure.CONSENSUS) {
      assertThat(o).isIn(Outcome.ADOPTED_BY_CONSENSUS, Outcome.NO_QUORUM);
    } else {
      assertThat(o).isEqualTo(Outcome.ADOPTED_BY_REVERSE_CONSENSUS);
    }
  }

  @Property(tries = 300)
  void aMajorityMeetsItsThresholdAndBeatsTheVotesAgainst(@ForAll("scenarios") Scenario s) {
    Count c = Tally.count(s.ballots(), s.electorate());
    if (Tally.outcome(s.rules(), c) != Outcome.ADOPTED_BY_MAJORITY) {
      return;
    }
    Majority m = s.rules().fallback().orElseThrow();
    long base = m.base() == Majority.Base.CAST ? c.votesFor() + c.against() : c.electorate();
    assertThat(c.votesFor()).isGreaterThan(c.against());
    assertThat(c.votesFor() * m.threshold().den())
        .isGreaterThanOrEqualTo(m.threshold().num() * base);
  }

  @Property(tries = 300)
  void aTieIsNeverAMajority(@ForAll("scenarios") Scenario s) {
    Count c = Tally.count(s.ballots(), s.electorate());
    if (c.votesFor() == c.against()) {
      assertThat(Tally.outcome(s.rules(), c)).isNotEqualTo(Outcome.ADOPTED_BY_MAJORITY);
    }
  }

  @Property(tries = 300)
  void turningAVoteAgainstIntoAVoteForNeverDefeatsAnAdoption(@ForAll("scenarios") Scenario s) {
    TreeMap<Integer, Vote> ballots = s.ballots();
    Outcome before = decide(s, ballots);
    ballots.entrySet().stream()
        .filter(e -> e.getValue() == Vote.AGAINST)
        .findFirst()
        .ifPresent(e -> e.setValue(Vote.FOR));
    if (before.adopted()) {
      assertThat(decide(s, ballots).adopted()).isTrue();
    }
  }

  @Property(tries = 300)
  void reverseConsensusRejectsOnlyWhenEveryEligibleMemberObjects(@ForAll("scenarios") Scenario s) {
    RuleSet reverse =
        new RuleSet(Procedure.REVERSE_CONSENSUS, Fraction.HALF, Optional.empty(), 0, 0, Set.of());
    Count c = Tally.count(s.ballots(), s.electorate());
    boolean allAgainst = c.electorate() > 0 && c.against() == c.electorate();
    assertThat(Tally.outcome(reverse, c))
        .isEqualTo(allAgainst ? Outcome.REJECTED_BY_ALL : Outcome.ADOPTED_BY_REVERSE_CONSENSUS);
  }

  @Property(tries = 200)
  void theOutcomeDependsOnTheCountAloneNotOnWhoVoted(@ForAll("scenarios") Scenario s) {
    // shifting every member id by one (mod size) with the eligibility keeps the counts
    TreeMap<Integer, Vote> shifted = new TreeMap<>();
    s.ballots().forEach((m, v) -> shifted.put((m + 1) % s.size(), v));
    TreeSet<Integer> shiftedElectorate = new TreeSet<>();
    s.electorate().forEach(m -> shiftedElectorate.add((m + 1) % s.size()));
    assertThat(Tally.decide(s.rules(), shifted, shiftedElectorate, 10, 10).outcome())
        .isEqualTo(decide(s, s.ballots()));
  }
}
