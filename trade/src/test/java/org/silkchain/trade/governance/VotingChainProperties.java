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
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.governance.measure.SetParameter;
import org.silkchain.trade.governance.voting.Outcome;
import org.silkchain.trade.governance.voting.Tally;
import org.silkchain.trade.governance.voting.Vote;
import org.silkchain.trade.identity.MemberRegistry;
import org.silkchain.trade.identity.Roster;

/**
 * Random votes, changed votes, suspensions and reinstatements and the passing of time on the
 * consortium's chain: each vote is accepted exactly when its sender is eligible and the deadline
 * has not passed, and the closed proposal's outcome is the tally of each member's last accepted
 * vote over the members eligible when it closes.
 */
class VotingChainProperties {
  /** kind 0-2: vote FOR/AGAINST/ABSTAIN; 3: toggle suspension; 4: wait {@code seconds}. */
  record Step(int kind, int member, int seconds) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(1, 25))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(14);
  }

  @Property(tries = 25)
  void eachProposalIsDecidedByTheLastVotesOfItsEligibleMembers(@ForAll("steps") List<Step> steps) {
    Consortium c = new Consortium();
    TradeChain chain = c.chain;
    Motions motions = new Motions(chain);
    List<Party> members = List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.bankFr, c.regulator);
    long id = motions.table(c.secretariat, SetParameter.number("block.max-txs", 1_234));
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
            GovernanceGenesis.defaults().get(ProposalType.SET_PARAMETER),
            Tally.count(accepted, eligible));
    motions.close(c.traderDe, id);
    Proposal p = motions.proposal(id);
    assertThat(p.decision().orElseThrow().outcome()).isEqualTo(expected);
    assertThat(p.status()).isEqualTo(expected.adopted() ? Status.EXECUTED : Status.REJECTED);
    assertThat(chain.query(GovernanceModule.PARAMETER, GovernanceModule.NAME, "block.max-txs"))
        .containsExactly(expected.adopted() ? 1_234L : 5_000L);
  }
}
