package org.silkchain.trade.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.module.Empty;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.basket.Basket;
import org.silkchain.trade.basket.BasketCodes;
import org.silkchain.trade.basket.BasketGenesis;
import org.silkchain.trade.basket.BasketModule;
import org.silkchain.trade.basket.Composition;
import org.silkchain.trade.basket.Lots;
import org.silkchain.trade.governance.measure.AdoptText;
import org.silkchain.trade.governance.measure.ChangeRules;
import org.silkchain.trade.governance.measure.SetBasket;
import org.silkchain.trade.governance.measure.SetParameter;
import org.silkchain.trade.governance.params.Parameter;
import org.silkchain.trade.governance.params.Parameters;
import org.silkchain.trade.governance.voting.Fraction;
import org.silkchain.trade.governance.voting.Outcome;
import org.silkchain.trade.governance.voting.RuleSet;
import org.silkchain.trade.governance.voting.Vote;

/** Proposals of every kind on the in-memory consortium, decided and executed on chain. */
class GovernanceTest {
  private final Consortium c = new Consortium();
  private final TradeChain chain = c.chain;
  private final Motions motions = new Motions(chain);
  private final List<Party> electorate =
      List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.bankFr, c.regulator);

  private static Composition basket(long cny, long eur) {
    return new Composition(
        "XDR", 2, 1_000, List.of(new Composition.Leg("CNY", cny), new Composition.Leg("EUR", eur)));
  }

  private TreeMap<Bytes, Bytes> outsideGovernance() {
    TreeMap<Bytes, Bytes> s = chain.domainState();
    s.keySet()
        .removeIf(k -> k.startsWith(Bytes.utf8("governance/")) || k.startsWith(Bytes.utf8("idx/")));
    return s;
  }

  @Test
  void basketCompositionChangesExactlyAsVotedOrFailsRecordedWithNothingChanged() {
    c.withMoney(10_000_000);
    chain.state.putAll(BasketGenesis.state(TradeChain.SUITE.hash(), basket(7_000, 1_000)));
    chain.ok(c.bankCn, BasketModule.DEPOSIT, BasketModule.NAME, new Lots(3));

    Proposal less = motions.pass(c.secretariat, new SetBasket(basket(6_500, 1_000)), electorate);
    assertThat(less.status()).isEqualTo(Status.EXECUTED);
    assertThat(less.execution().orElseThrow().code()).isEqualTo(ResultCode.OK);
    assertThat(Basket.composition(chain.view())).contains(basket(6_500, 1_000));
    assertThat(chain.query(BasketModule.COMPOSITION, BasketModule.NAME, Empty.INSTANCE))
        .isEqualTo(basket(6_500, 1_000));

    // more EUR per lot than the reserves hold for 3 lots: adopted, refused by the basket
    long id = motions.table(c.secretariat, new SetBasket(basket(6_500, 2_000)));
    for (Party p : electorate) {
      motions.vote(p, id, Vote.FOR);
    }
    motions.passDeadline(id);
    TreeMap<Bytes, Bytes> before = outsideGovernance();
    chain.ok(c.traderCn, GovernanceModule.CLOSE, GovernanceModule.NAME, new ProposalRef(id));
    Proposal failed = motions.proposal(id);
    assertThat(failed.decision().orElseThrow().outcome()).isEqualTo(Outcome.ADOPTED_BY_CONSENSUS);
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.execution().orElseThrow().code()).isEqualTo(BasketCodes.RESERVES_SHORT);
    assertThat(failed.execution().orElseThrow().message()).contains("EUR");
    assertThat(outsideGovernance()).isEqualTo(before);
    assertThat(chain.lastReceipt().events())
        .extracting(e -> e.type())
        .containsExactly("proposal-closed", "execution-failed");
  }

  @Test
  void aParameterPassesByMajorityWhenConsensusFails() {
    long id = motions.table(c.bankDe, SetParameter.number("block.max-txs", 2_000));
    for (Party p : List.of(c.pboc, c.ecb, c.bankCn, c.bankDe)) {
      motions.vote(p, id, Vote.FOR);
    }
    motions.vote(c.bankFr, id, Vote.AGAINST);
    motions.vote(c.regulator, id, Vote.ABSTAIN);
    motions.close(c.bankFr, id);
    Proposal p = motions.proposal(id);
    assertThat(p.decision().orElseThrow().outcome()).isEqualTo(Outcome.ADOPTED_BY_MAJORITY);
    assertThat(p.decision().orElseThrow().count())
        .extracting("votesFor", "against", "abstain", "electorate")
        .containsExactly(4L, 1L, 1L, 6L);
    assertThat(Parameters.number(chain.view(), Parameter.BLOCK_MAX_TXS)).isEqualTo(2_000);
    assertThat(chain.query(GovernanceModule.PARAMETER, GovernanceModule.NAME, "block.max-txs"))
        .containsExactly(2_000L);
    assertThat(Parameters.number(chain.view(), Parameter.BLOCK_MAX_BYTES))
        .isEqualTo(Parameter.BLOCK_MAX_BYTES.defaultValue());

    List<Long> holidays =
        List.of(LocalDate.of(2026, 10, 1).toEpochDay(), LocalDate.of(2026, 10, 2).toEpochDay());
    motions.pass(c.bankCn, new SetParameter("calendar.cn", holidays), electorate);
    assertThat(Parameters.closedDays(chain.view(), "CN"))
        .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));

    assertThat(
            chain
                .act(
                    c.bankCn,
                    GovernanceModule.TABLE,
                    GovernanceModule.NAME,
                    Table.of(SetParameter.number("block.max-txs", 0), 0, 60_000))
                .code())
        .isEqualTo(GovernanceCodes.INVALID_PARAMETER);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    GovernanceModule.TABLE,
                    GovernanceModule.NAME,
                    Table.of(SetParameter.number("block.colour", 1), 0, 60_000))
                .code())
        .isEqualTo(GovernanceCodes.INVALID_PARAMETER);
  }

  @Test
  void aTextIsStoredByHashWithItsContentAndAWaiverNeedsThreeQuartersOfTheMembers() {
    AdoptText decision =
        new AdoptText(
            ProposalType.ADOPT_DECISION,
            "SC/DEC/1",
            "Working language",
            "The working language of the consortium is English.");
    Proposal adopted = motions.pass(c.bankDe, decision, electorate);
    assertThat(adopted.status()).isEqualTo(Status.EXECUTED);
    Hash hash = TradeChain.SUITE.hash().digest(Bytes.utf8(decision.content()));
    Text text = chain.query(GovernanceModule.TEXT, GovernanceModule.NAME, hash);
    assertThat(text.content()).isEqualTo(decision.content());
    assertThat(text.proposal()).isEqualTo(adopted.id());

    AdoptText waiver =
        new AdoptText(ProposalType.ADOPT_WAIVER, "SC/W/1", "Fee waiver", "No fees in 2026.");
    long four = motions.table(c.bankDe, waiver);
    for (Party p : List.of(c.pboc, c.ecb, c.bankCn, c.bankDe)) {
      motions.vote(p, four, Vote.FOR);
    }
    motions.vote(c.bankFr, four, Vote.AGAINST);
    motions.vote(c.regulator, four, Vote.AGAINST);
    motions.close(c.bankDe, four);
    // 4 of 6 members is under three quarters
    assertThat(motions.proposal(four).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.REJECTED_BY_MAJORITY);
    assertThat(motions.proposal(four).status()).isEqualTo(Status.REJECTED);

    long five = motions.table(c.bankDe, waiver);
    for (Party p : List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.regulator)) {
      motions.vote(p, five, Vote.FOR);
    }
    motions.vote(c.bankFr, five, Vote.AGAINST);
    motions.close(c.bankDe, five);
    assertThat(motions.proposal(five).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.ADOPTED_BY_MAJORITY);
    assertThat(
            Governance.text(
                chain.view(), TradeChain.SUITE.hash().digest(Bytes.utf8(waiver.content()))))
        .get()
        .extracting(Text::kind)
        .isEqualTo(ProposalType.ADOPT_WAIVER);
  }

  @Test
  void aDisputeSettlementReportIsAdoptedUnlessEveryMemberObjects() {
    AdoptText report =
        new AdoptText(
            ProposalType.ADOPT_DS_REPORT,
            "SC/DS1/R",
            "Panel report",
            "The measure is inconsistent.");
    assertThat(
            chain
                .act(
                    c.bankCn,
                    GovernanceModule.TABLE,
                    GovernanceModule.NAME,
                    Table.of(report, 0, 60_000))
                .code())
        .isEqualTo(GovernanceCodes.NOT_ALLOWED_TO_TABLE);
    long silent = motions.table(c.secretariat, report);
    motions.vote(c.bankCn, silent, Vote.AGAINST); // the losing party objects, alone
    motions.close(c.bankDe, silent);
    assertThat(motions.proposal(silent).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.ADOPTED_BY_REVERSE_CONSENSUS);
    assertThat(motions.proposal(silent).status()).isEqualTo(Status.EXECUTED);

    AdoptText second =
        new AdoptText(ProposalType.ADOPT_DS_REPORT, "SC/DS2/R", "Panel report", "Another finding.");
    long all = motions.table(c.secretariat, second);
    for (Party p : electorate) {
      motions.vote(p, all, Vote.AGAINST);
    }
    motions.close(c.bankDe, all);
    assertThat(motions.proposal(all).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.REJECTED_BY_ALL);
    assertThat(
            Governance.text(
                chain.view(), TradeChain.SUITE.hash().digest(Bytes.utf8(second.content()))))
        .isEmpty();
  }

  @Test
  void onlyTheAuthorWithdrawsAndOnlyBeforeVotingCloses() {
    long id = motions.table(c.bankCn, SetParameter.number("block.max-txs", 2_000));
    ProposalRef ref = new ProposalRef(id);
    assertThat(chain.act(c.bankDe, GovernanceModule.WITHDRAW, GovernanceModule.NAME, ref).code())
        .isEqualTo(GovernanceCodes.NOT_AUTHOR);
    chain.ok(c.bankCn, GovernanceModule.WITHDRAW, GovernanceModule.NAME, ref);
    assertThat(motions.proposal(id).status()).isEqualTo(Status.WITHDRAWN);
    assertThat(motions.vote(c.bankDe, id, Vote.FOR)).isEqualTo(GovernanceCodes.NOT_OPEN);
    motions.passDeadline(id);
    assertThat(chain.act(c.bankDe, GovernanceModule.CLOSE, GovernanceModule.NAME, ref).code())
        .isEqualTo(GovernanceCodes.NOT_OPEN);

    long late = motions.table(c.bankCn, SetParameter.number("block.max-txs", 2_000));
    motions.passDeadline(late);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    GovernanceModule.WITHDRAW,
                    GovernanceModule.NAME,
                    new ProposalRef(late))
                .code())
        .isEqualTo(GovernanceCodes.VOTING_CLOSED);
  }

  @Test
  void theTimetableHoldsAndVotesArePublicWithTheirSigners() {
    long id =
        motions.table(
            c.bankCn, Table.of(SetParameter.number("block.max-txs", 2_000), 30_000, 60_000));
    assertThat(motions.vote(c.bankDe, id, Vote.FOR)).isEqualTo(GovernanceCodes.DELIBERATION);
    chain.advance(30_000);
    assertThat(motions.vote(c.bankDe, id, Vote.AGAINST)).isEqualTo(ResultCode.OK);
    assertThat(motions.vote(c.bankDe, id, Vote.FOR)).isEqualTo(ResultCode.OK); // changed
    assertThat(motions.vote(c.pboc, id, Vote.FOR)).isEqualTo(ResultCode.OK);
    assertThat(
            chain
                .act(c.bankDe, GovernanceModule.CLOSE, GovernanceModule.NAME, new ProposalRef(id))
                .code())
        .isEqualTo(GovernanceCodes.VOTING_OPEN);
    assertThat(motions.vote(c.secretariat, id, Vote.FOR)).isEqualTo(GovernanceCodes.NOT_ELIGIBLE);
    assertThat(motions.vote(c.traderCn, id, Vote.FOR)).isEqualTo(GovernanceCodes.NOT_A_MEMBER);
    List<Ballot> ballots =
        chain.query(GovernanceModule.VOTES, GovernanceModule.NAME, new ProposalRef(id));
    assertThat(ballots)
        .extracting(Ballot::voter)
        .containsExactlyInAnyOrder(c.bankDe.id(), c.pboc.id());
    Ballot de =
        ballots.stream().filter(b -> b.voter().equals(c.bankDe.id())).findFirst().orElseThrow();
    assertThat(de.vote()).isEqualTo(Vote.FOR);
    assertThat(de.changes()).isEqualTo(1);
    assertThat(de.signers()).containsExactly(c.bankDe.key().publicKey());
    motions.passDeadline(id);
    assertThat(motions.vote(c.bankCn, id, Vote.FOR)).isEqualTo(GovernanceCodes.VOTING_CLOSED);
    // 2 of 6 voted: under the quorum of half
    motions.close(c.bankCn, id);
    assertThat(motions.proposal(id).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.NO_QUORUM);
    assertThat(motions.proposal(id).status()).isEqualTo(Status.REJECTED);

    assertThat(
            chain
                .act(
                    c.bankCn,
                    GovernanceModule.TABLE,
                    GovernanceModule.NAME,
                    Table.of(SetParameter.number("block.max-txs", 2_000), 0, 1_000))
                .code())
        .isEqualTo(GovernanceCodes.INVALID_PERIOD);
    assertThat(
            chain
                .act(
                    c.traderCn,
                    GovernanceModule.TABLE,
                    GovernanceModule.NAME,
                    Table.of(SetParameter.number("block.max-txs", 2_000), 0, 60_000))
                .code())
        .isEqualTo(GovernanceCodes.NOT_A_MEMBER);
    assertThat(chain.query(GovernanceModule.PROPOSALS, GovernanceModule.NAME, Empty.INSTANCE))
        .isEqualTo(1L);
  }

  @Test
  void anAdoptedProposalCanWaitForItsExecutionHeight() {
    long height = chain.lastReceipt().height();
    long at = height + 20;
    long id =
        motions.table(
            c.bankCn, new Table(SetParameter.number("block.max-txs", 2_500), 0, 60_000, at));
    for (Party p : electorate) {
      motions.vote(p, id, Vote.FOR);
    }
    motions.close(c.bankCn, id);
    assertThat(motions.proposal(id).status()).isEqualTo(Status.SCHEDULED);
    assertThat(Parameters.number(chain.view(), Parameter.BLOCK_MAX_TXS)).isEqualTo(5_000);
    ProposalRef ref = new ProposalRef(id);
    assertThat(chain.act(c.bankDe, GovernanceModule.EXECUTE, GovernanceModule.NAME, ref).code())
        .isEqualTo(GovernanceCodes.TOO_EARLY);
    while (chain.lastReceipt().height() < at - 1) {
      motions.vote(c.bankDe, id, Vote.FOR); // any transaction moves the chain on
    }
    chain.ok(c.bankDe, GovernanceModule.EXECUTE, GovernanceModule.NAME, ref);
    assertThat(motions.proposal(id).status()).isEqualTo(Status.EXECUTED);
    assertThat(motions.proposal(id).execution().orElseThrow().height()).isEqualTo(at);
    assertThat(Parameters.number(chain.view(), Parameter.BLOCK_MAX_TXS)).isEqualTo(2_500);
    assertThat(chain.act(c.bankDe, GovernanceModule.EXECUTE, GovernanceModule.NAME, ref).code())
        .isEqualTo(GovernanceCodes.NOT_SCHEDULED);
  }

  @Test
  void changedRulesApplyToProposalsTabledAfterwards() {
    long before =
        motions.table(c.bankCn, Table.of(SetParameter.number("block.max-txs", 2_000), 0, 600_000));
    RuleSet noFallback =
        new RuleSet(
            org.silkchain.trade.governance.voting.Procedure.CONSENSUS,
            Fraction.HALF,
            java.util.Optional.empty(),
            0,
            60_000,
            java.util.Set.of());
    Proposal change =
        motions.pass(
            c.secretariat, new ChangeRules(ProposalType.SET_PARAMETER, noFallback), electorate);
    assertThat(change.status()).isEqualTo(Status.EXECUTED);
    assertThat(
            chain.query(
                GovernanceModule.RULES,
                GovernanceModule.NAME,
                (long) ProposalType.SET_PARAMETER.code()))
        .isEqualTo(noFallback);
    long after = motions.table(c.bankCn, SetParameter.number("block.max-txs", 2_000));
    for (long id : new long[] {after, before}) { // the shorter vote closes first
      for (Party p : List.of(c.pboc, c.ecb, c.bankCn, c.bankDe, c.regulator)) {
        motions.vote(p, id, Vote.FOR);
      }
      motions.vote(c.bankFr, id, Vote.AGAINST);
      motions.close(c.bankCn, id);
    }
    assertThat(motions.proposal(before).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.ADOPTED_BY_MAJORITY);
    assertThat(motions.proposal(after).decision().orElseThrow().outcome())
        .isEqualTo(Outcome.REJECTED_BY_OBJECTION);
  }
}
