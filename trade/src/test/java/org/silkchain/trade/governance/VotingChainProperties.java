package org.silkchain.trade.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.governance.measure.AdoptText;
import org.silkchain.trade.governance.measure.Measure;
import org.silkchain.trade.governance.measure.SetParameter;
import org.silkchain.trade.governance.voting.Outcome;
import org.silkchain.trade.governance.voting.Tally;
import org.silkchain.trade.governance.voting.Vote;
import org.silkchain.trade.identity.MemberRegistry;
import org.silkchain.trade.identity.Roster;

/**
 * Random votes, changed votes, suspensions and reinstatements and the passing of time on the
 * consortium's chain, for a proposal under each kind of rule (consensus with a simple-majority
 * fallback, consensus with three quarters of the members, reverse consensus): each vote is accepted
 * exactly when its sender is eligible and the deadline has not passed, and the closed proposal's
 * outcome is the tally of each member's last accepted vote over the members eligible when it
 * closes.
 */
class VotingChainProperties {
  /** kind 0-2: vote FOR/AGAINST/ABSTAIN; 3: toggle suspension; 4: wait {@code seconds}. */
  record Step(int kind, int member, int seconds) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.frequency(
                Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(1, 3), Tuple.of(1, 4)),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(1, 25))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(20);
  }

  /** A parameter (consensus, else simple majority), a waiver (3/4 of members), a DS report. */
  @Provide
  Arbitrary<Measure> measures() {
    return Arbitraries.of(
        SetParameter.number("block.max-txs", 1_234),
        new AdoptText(ProposalType.ADOPT_WAIVER, "W/1", "Waiver", "A waiver."),
        new AdoptText(ProposalType.ADOPT_DS_REPORT, "DS/1/R", "Report", "A report."));
  }

  @Property(tries = 40)
  void eachProposalIsDecidedByTheLastVotesOfItsEligibleMembers(
      @ForAll("steps") List<Step> steps, @ForAll("measures") Measure measure) {
    Consortium c = new Consortium();
    TradeChain chain = c.chain;
    Motions motions = new Motions(chain);
    List<Party> members = List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.bankFr, c.regulator);
    long id = motions.table(c.secretariat, measure);
    long deadline = motions.proposal(id).deadline();
    TreeMap<AccountId, Vote> accepted = new TreeMap<>();
    TreeSet<AccountId> suspended = new TreeSet<>();
    for (Step s : steps) {
      Party who = members.get(s.member());
      switch (s.kind()) {
        case 0, 1, 2 -> {
          Vote v = Vote.values()[s.kind()];
          long nextBlockTime = chain.time() + 1000;
          ResultCode expected =
              nextBlockTime >= deadline
                  ? GovernanceCodes.VOTING_CLOSED
                  : suspended.contains(who.id()) ? GovernanceCodes.SUSPENDED : ResultCode.OK;
          assertThat(motions.vote(who, id, v)).isEqualTo(expected);
          if (expected.isOk()) {
            accepted.put(who.id(), v);
          }
        }
        case 3 -> {
          boolean suspend = suspended.add(who.id()) || !suspended.remove(who.id());
          chain.state.put(
              MemberRegistry.rosterKey(),
              Roster.CODEC.encode(MemberRegistry.roster(chain.view()).with(who.id(), suspend)));
        }
        default -> chain.advance(s.seconds() * 1000L);
      }
    }
    TreeSet<AccountId> eligible = new TreeSet<>();
    members.forEach(p -> eligible.add(p.id()));
    eligible.removeAll(suspended);
    Outcome expected =
        Tally.outcome(
            GovernanceGenesis.defaults().get(measure.type()), Tally.count(accepted, eligible));
    Statistics.label("outcome").collect(measure.type(), expected);
    motions.close(c.traderDe, id);
    Proposal p = motions.proposal(id);
    assertThat(p.decision().orElseThrow().outcome()).isEqualTo(expected);
    assertThat(p.status()).isEqualTo(expected.adopted() ? Status.EXECUTED : Status.REJECTED);
    if (measure instanceof AdoptText text) {
      assertThat(
              Governance.text(
                  chain.view(), TradeChain.SUITE.hash().digest(Bytes.utf8(text.content()))))
          .as("text stored")
          .matches(stored -> stored.isPresent() == expected.adopted());
    } else {
      assertThat(chain.query(GovernanceModule.PARAMETER, GovernanceModule.NAME, "block.max-txs"))
          .containsExactly(expected.adopted() ? 1_234L : 5_000L);
    }
  }
}
