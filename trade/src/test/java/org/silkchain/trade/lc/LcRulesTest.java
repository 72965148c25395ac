package org.silkchain.trade.lc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.confidential.ConfidentialCodes;
import org.silkchain.trade.ebl.EblCodes;
import org.silkchain.trade.lc.examination.Article;
import org.silkchain.trade.lc.examination.DiscrepancyCode;
import org.silkchain.trade.lc.examination.DocumentsDraft;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.TermsDraft;

/** Each transition's checks: roles, parties, states, deadlines and amendments, by result code. */
class LcRulesTest {
  private final LcDeal deal = new LcDeal();
  private final TradeChain chain = deal.chain;

  /** A notice the chain cannot judge: only the bank's client examines documents. */
  private static RefusalNotice anyNotice(Hash id) {
    return new RefusalNotice(
        id, List.of(new DiscrepancyCode(Article.CLEAN, "transport.clean")), true);
  }

  private Hash presented(LcTerms terms) {
    Hash id = deal.openCredit(terms);
    Hash bill = deal.shipGoods(LcDeal.documents());
    deal.advanceTo(DocumentsDraft.PRESENTED); // Friday 2026-03-20
    assertThat(deal.present(deal.seller, id, bill, 100_000_00, LcDeal.documents()).code())
        .isEqualTo(ResultCode.OK);
    return id;
  }

  @Test
  void aRefusalAfterTheFifthBankingDayIsTooLateButHonourStillPays() {
    Hash id = presented(LcDeal.terms());
    assertThat(deal.credit(id).presentation().orElseThrow().decisionDeadline())
        .isEqualTo(LocalDate.of(2026, 3, 27));
    deal.advanceTo(LocalDate.of(2026, 3, 28));
    assertThat(chain.act(deal.issuing, LcModule.REFUSE, LcModule.NAME, anyNotice(id)).code())
        .isEqualTo(LcCodes.DECISION_TOO_LATE);
    chain.ok(deal.issuing, LcModule.HONOUR, LcModule.NAME, new CreditRef(id));
  }

  @Test
  void theCreditsHolidaysPushTheDecisionDeadline() {
    TermsDraft t = new TermsDraft();
    t.holidays = Set.of(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27));
    Hash id = presented(t.build());
    assertThat(deal.credit(id).presentation().orElseThrow().decisionDeadline())
        .isEqualTo(LocalDate.of(2026, 3, 31));
    deal.advanceTo(LocalDate.of(2026, 3, 31));
    chain.ok(deal.issuing, LcModule.REFUSE, LcModule.NAME, anyNotice(id));
  }

  @Test
  void amendmentsBindOnlyOnceTheBeneficiaryAccepts() {
    Hash id = deal.openCredit(LcDeal.terms());
    TermsDraft t = new TermsDraft();
    t.amount = 120_000_00;
    t.expiry = LocalDate.of(2026, 5, 29);
    LcTerms amended = t.build();
    AmendmentProposal offer =
        new AmendmentProposal(
            id,
            amended.maxAmount(),
            amended.expiryDate(),
            deal.seal(LcTerms.CODEC, amended, deal.parties()));
    assertThat(
            chain
                .act(deal.buyer, LcModule.ACCEPT_AMENDMENT, LcModule.NAME, new CreditRef(id))
                .code())
        .isEqualTo(LcCodes.NOT_PARTY);
    assertThat(
            chain
                .act(deal.seller, LcModule.ACCEPT_AMENDMENT, LcModule.NAME, new CreditRef(id))
                .code())
        .isEqualTo(LcCodes.NO_AMENDMENT);
    assertThat(chain.act(deal.advising, LcModule.AMEND, LcModule.NAME, offer).code())
        .isEqualTo(LcCodes.NOT_PARTY);
    chain.ok(deal.issuing, LcModule.AMEND, LcModule.NAME, offer);
    assertThat(chain.act(deal.issuing, LcModule.AMEND, LcModule.NAME, offer).code())
        .isEqualTo(LcCodes.AMENDMENT_PENDING);
    assertThat(deal.credit(id).terms().maxAmount()).isEqualTo(100_000_00);

    chain.ok(deal.seller, LcModule.REJECT_AMENDMENT, LcModule.NAME, new CreditRef(id));
    Credit kept = deal.credit(id);
    assertThat(kept.terms().maxAmount()).isEqualTo(100_000_00);
    assertThat(kept.terms().expiryDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(kept.amendment()).isEmpty();

    chain.ok(deal.issuing, LcModule.AMEND, LcModule.NAME, offer);
    chain.ok(deal.seller, LcModule.ACCEPT_AMENDMENT, LcModule.NAME, new CreditRef(id));
    Credit changed = deal.credit(id);
    assertThat(changed.terms().maxAmount()).isEqualTo(120_000_00);
    assertThat(changed.terms().expiryDate()).isEqualTo(LocalDate.of(2026, 5, 29));
    assertThat(changed.terms().terms()).isEqualTo(offer.terms());
    assertThat(changed.amendments()).isEqualTo(1);
  }

  @Test
  void noPresentationAfterExpiryAndExpiryIsHousekeeping() {
    TermsDraft t = new TermsDraft();
    t.expiry = LocalDate.of(2026, 4, 4); // Saturday: moves to Monday 04-06 (Art. 29(a))
    Hash id = deal.openCredit(t.build());
    Hash bill = deal.shipGoods(LcDeal.documents());
    deal.advanceTo(LocalDate.of(2026, 4, 6));
    assertThat(chain.act(deal.c.bankFr, LcModule.EXPIRE, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(LcCodes.NOT_EXPIRED);
    deal.advanceTo(LocalDate.of(2026, 4, 7));
    assertThat(deal.present(deal.seller, id, bill, 100_000_00, LcDeal.documents()).code())
        .isEqualTo(LcCodes.EXPIRED);
    assertThat(deal.holder(bill)).isEqualTo(deal.seller.id());
    chain.ok(deal.c.bankFr, LcModule.EXPIRE, LcModule.NAME, new CreditRef(id));
    assertThat(deal.credit(id).state()).isEqualTo(Credit.State.EXPIRED);
    assertThat(chain.act(deal.c.bankFr, LcModule.EXPIRE, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(LcCodes.WRONG_STATE);
  }

  @Test
  void aPresentationOnTheExtendedExpiryDayIsInTime() {
    TermsDraft t = new TermsDraft();
    t.expiry = LocalDate.of(2026, 4, 4);
    Hash id = deal.openCredit(t.build());
    Hash bill = deal.shipGoods(LcDeal.documents());
    deal.advanceTo(LocalDate.of(2026, 4, 6));
    assertThat(deal.present(deal.advising, id, bill, 100_000_00, LcDeal.documents()).code())
        .isEqualTo(EblCodes.NOT_HOLDER);
    assertThat(deal.present(deal.seller, id, bill, 100_000_00, LcDeal.documents()).code())
        .isEqualTo(ResultCode.OK);
  }

  @Test
  void applicationChecksTheApplicantTheBanksAndTheSealedTerms() {
    Party stranger = chain.customer(deal.c.bankFr, "trader-fr", "FR");
    assertThat(
            chain
                .act(stranger, LcModule.APPLY, LcModule.NAME, deal.application(LcDeal.terms()))
                .code())
        .isEqualTo(LcCodes.NOT_CUSTOMER);
    CreditTerms good = deal.application(LcDeal.terms());
    CreditTerms toATrader =
        new CreditTerms(
            deal.seller.id(),
            good.advisingBank(),
            good.beneficiary(),
            good.currency(),
            good.maxAmount(),
            good.expiryDate(),
            good.holidays(),
            good.terms());
    assertThat(chain.act(deal.buyer, LcModule.APPLY, LcModule.NAME, toATrader).code())
        .isEqualTo(LcCodes.NOT_A_BANK);
    CreditTerms sealedWithoutAdvisingBank =
        CreditTerms.of(
            deal.issuing.id(),
            deal.advising.id(),
            deal.seller.id(),
            LcDeal.terms(),
            deal.seal(
                LcTerms.CODEC,
                LcDeal.terms(),
                List.of(deal.buyer.id(), deal.seller.id(), deal.issuing.id())));
    assertThat(
            chain.act(deal.buyer, LcModule.APPLY, LcModule.NAME, sealedWithoutAdvisingBank).code())
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
    deal.advanceTo(LocalDate.of(2026, 4, 11));
    assertThat(chain.act(deal.buyer, LcModule.APPLY, LcModule.NAME, good).code())
        .isEqualTo(LcCodes.EXPIRED);
  }

  @Test
  void eachTransitionBelongsToItsPartyAndState() {
    chain.ok(deal.buyer, LcModule.APPLY, LcModule.NAME, deal.application(LcDeal.terms()));
    Hash id = chain.lastTxId();
    assertThat(
            chain.act(deal.advising, LcModule.ADVISE, LcModule.NAME, new Advice(id, false)).code())
        .isEqualTo(LcCodes.WRONG_STATE);
    IssueCredit issue =
        new IssueCredit(id, deal.seal(LcTerms.CODEC, LcDeal.terms(), deal.parties()));
    assertThat(chain.act(deal.buyer, LcModule.ISSUE, LcModule.NAME, issue).code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    assertThat(chain.act(deal.advising, LcModule.ISSUE, LcModule.NAME, issue).code())
        .isEqualTo(LcCodes.NOT_PARTY);
    chain.ok(deal.issuing, LcModule.ISSUE, LcModule.NAME, issue);
    assertThat(chain.act(deal.issuing, LcModule.ISSUE, LcModule.NAME, issue).code())
        .isEqualTo(LcCodes.WRONG_STATE);
    assertThat(
            chain.act(deal.c.bankFr, LcModule.ADVISE, LcModule.NAME, new Advice(id, false)).code())
        .isEqualTo(LcCodes.NOT_PARTY);
    Hash bill = deal.shipGoods(LcDeal.documents());
    assertThat(deal.present(deal.seller, id, bill, 100_000_00, LcDeal.documents()).code())
        .isEqualTo(LcCodes.WRONG_STATE); // not advised yet
    chain.ok(deal.advising, LcModule.ADVISE, LcModule.NAME, new Advice(id, false));
    assertThat(deal.credit(id).confirmed()).isFalse();

    assertThat(deal.present(deal.buyer, id, bill, 100_000_00, LcDeal.documents()).code())
        .isEqualTo(LcCodes.NOT_PARTY);
    assertThat(deal.present(deal.seller, id, bill, 100_000_01, LcDeal.documents()).code())
        .isEqualTo(LcCodes.OVER_AMOUNT);
    assertThat(chain.act(deal.issuing, LcModule.HONOUR, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(LcCodes.WRONG_STATE);
    assertThat(chain.act(deal.issuing, LcModule.REFUSE, LcModule.NAME, anyNotice(id)).code())
        .isEqualTo(LcCodes.WRONG_STATE);
    assertThat(deal.present(deal.seller, id, bill, 100_000_00, LcDeal.documents()).code())
        .isEqualTo(ResultCode.OK);
    assertThat(chain.act(deal.advising, LcModule.HONOUR, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(LcCodes.NOT_PARTY);
    assertThat(chain.act(deal.buyer, LcModule.WAIVE, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(LcCodes.WRONG_STATE);
    assertThat(
            chain
                .act(
                    deal.issuing,
                    LcModule.AMEND,
                    LcModule.NAME,
                    new AmendmentProposal(
                        id, 1, LocalDate.of(2026, 4, 10), deal.credit(id).terms().terms()))
                .code())
        .isEqualTo(LcCodes.WRONG_STATE);
    assertThat(
            chain
                .act(
                    deal.buyer,
                    LcModule.REIMBURSE,
                    LcModule.NAME,
                    new CreditRef(deal.credit(id).presentation().orElseThrow().bill()))
                .code())
        .isEqualTo(LcCodes.NOT_FOUND);
  }
}
