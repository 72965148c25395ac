package org.silkchain.trade.lc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.ebl.BillClient;
import org.silkchain.trade.ebl.EblModule;
import org.silkchain.trade.lc.examination.Article;
import org.silkchain.trade.lc.examination.DocumentsDraft;
import org.silkchain.trade.lc.examination.PresentedDocuments;

/** Whole credits on the in-memory chain: from application to settlement, and with discrepancies. */
class LetterOfCreditTest {
  private final LcDeal deal = new LcDeal();
  private final TradeChain chain = deal.chain;

  private Hash presentClean(PresentedDocuments docs) {
    Hash id = deal.openCredit(LcDeal.terms());
    Hash bill = deal.shipGoods(docs);
    deal.advanceTo(DocumentsDraft.PRESENTED);
    assertThat(deal.present(deal.seller, id, bill, 100_000_00, docs).code())
        .isEqualTo(ResultCode.OK);
    return id;
  }

  @Test
  void fromApplicationToSettlementTheMoneyAndTheBillMoveTogether() throws Exception {
    Hash id = deal.openCredit(LcDeal.terms());
    Credit advised = deal.credit(id);
    assertThat(advised.state()).isEqualTo(Credit.State.ADVISED);
    assertThat(advised.confirmed()).isTrue();
    assertThat(advised.terms().maxAmount()).isEqualTo(100_000_00);

    PresentedDocuments docs = LcDeal.documents();
    Hash bill = deal.shipGoods(docs);
    deal.advanceTo(DocumentsDraft.PRESENTED);
    assertThat(deal.canRead(bill, deal.issuing.encryption())).isFalse();
    chain.ok(
        deal.seller,
        LcModule.PRESENT,
        LcModule.NAME,
        new Present(
            id,
            bill,
            100_000_00,
            deal.seal(PresentedDocuments.CODEC, docs, deal.parties()),
            deal.resealForLc(bill, deal.seller.encryption())));
    assertThat(deal.holder(bill)).isEqualTo(deal.lcAccount());
    Presentation p = deal.credit(id).presentation().orElseThrow();
    assertThat(p.decisionDeadline()).isEqualTo(LocalDate.of(2026, 3, 27));

    DocumentExamination.Result exam =
        DocumentExamination.examine(deal.sealer, deal.credit(id), deal.issuing.encryption());
    assertThat(exam.discrepancies()).isEmpty();
    chain.ok(deal.issuing, LcModule.HONOUR, LcModule.NAME, new CreditRef(id));
    assertThat(chain.balance("EUR", deal.issuing)).isEqualTo(LcDeal.BANK_EUR - 100_000_00);
    assertThat(chain.balance("EUR", deal.advising)).isEqualTo(LcDeal.BANK_EUR + 100_000_00);
    assertThat(deal.holder(bill)).isEqualTo(deal.issuing.id());
    assertThat(deal.canRead(bill, deal.issuing.encryption())).isTrue();
    assertThat(deal.credit(id).state()).isEqualTo(Credit.State.HONOURED);

    chain.ok(
        deal.issuing,
        CurrencyModule.TRANSFER,
        CurrencyModule.NAME,
        new Movement("EUR", deal.buyer.id(), 120_000_00)); // the buyer's loan from its bank
    chain.ok(deal.buyer, LcModule.REIMBURSE, LcModule.NAME, new CreditRef(id));
    assertThat(chain.balance("EUR", deal.buyer)).isEqualTo(20_000_00);
    assertThat(chain.balance("EUR", deal.issuing)).isEqualTo(LcDeal.BANK_EUR - 120_000_00);
    assertThat(deal.holder(bill)).isEqualTo(deal.buyer.id());
    assertThat(deal.canRead(bill, deal.buyer.encryption())).isTrue();
    // The applicant, now able to read the bill, re-seals it itself to endorse it onward.
    chain.ok(
        deal.buyer,
        EblModule.ENDORSE,
        EblModule.NAME,
        new BillClient(deal.sealer)
            .endorse(chain.view(), bill, deal.issuing.id(), deal.buyer.encryption()));
    assertThat(deal.holder(bill)).isEqualTo(deal.issuing.id());
    assertThat(deal.credit(id).state()).isEqualTo(Credit.State.REIMBURSED);
    assertThat(chain.act(deal.buyer, LcModule.REIMBURSE, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(LcCodes.WRONG_STATE);
  }

  @Test
  void discrepanciesAreRefusedInOneNoticeThenWaivedByTheApplicantAndPaid() throws Exception {
    DocumentsDraft draft = new DocumentsDraft();
    draft.insured = 100_000_00; // under 110%
    draft.packedGrossGrams = 23_000_000; // the bill says 24 t
    PresentedDocuments docs = draft.build();
    Hash id = presentClean(docs);

    DocumentExamination.Result exam =
        DocumentExamination.examine(deal.sealer, deal.credit(id), deal.issuing.encryption());
    assertThat(exam.discrepancies())
        .extracting(d -> d.article())
        .containsExactly(Article.INSURANCE_COVER, Article.DATA_CONFLICT);
    RefusalNotice notice = exam.refusal(true);
    chain.ok(deal.issuing, LcModule.REFUSE, LcModule.NAME, notice);
    Credit refused = deal.credit(id);
    assertThat(refused.state()).isEqualTo(Credit.State.REFUSED);
    assertThat(refused.presentation().orElseThrow().discrepancies())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("28(f)(ii) insurance.amount", "14(d) packingList.grossWeight");

    assertThat(chain.act(deal.issuing, LcModule.REFUSE, LcModule.NAME, notice).code())
        .isEqualTo(LcCodes.ALREADY_REFUSED);
    assertThat(chain.act(deal.issuing, LcModule.HONOUR, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(LcCodes.NOT_WAIVED);
    assertThat(chain.act(deal.seller, LcModule.WAIVE, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(LcCodes.NOT_PARTY);
    assertThat(chain.balance("EUR", deal.advising)).isEqualTo(LcDeal.BANK_EUR);

    chain.ok(deal.buyer, LcModule.WAIVE, LcModule.NAME, new CreditRef(id));
    assertThat(deal.credit(id).state()).isEqualTo(Credit.State.WAIVED);
    assertThat(chain.act(deal.issuing, LcModule.REFUSE, LcModule.NAME, notice).code())
        .isEqualTo(LcCodes.ALREADY_REFUSED);
    chain.ok(deal.issuing, LcModule.HONOUR, LcModule.NAME, new CreditRef(id));
    assertThat(chain.balance("EUR", deal.advising)).isEqualTo(LcDeal.BANK_EUR + 100_000_00);
    assertThat(deal.credit(id).state()).isEqualTo(Credit.State.HONOURED);
  }

  @Test
  void aRefusalReturningTheDocumentsGivesTheBillBackAndAllowsANewPresentation() throws Exception {
    DocumentsDraft draft = new DocumentsDraft();
    draft.clean = false;
    Hash id = presentClean(draft.build());
    Hash bill = deal.credit(id).presentation().orElseThrow().bill();
    RefusalNotice notice =
        DocumentExamination.examine(deal.sealer, deal.credit(id), deal.issuing.encryption())
            .refusal(false);
    chain.ok(deal.issuing, LcModule.REFUSE, LcModule.NAME, notice);
    assertThat(deal.holder(bill)).isEqualTo(deal.seller.id());
    assertThat(deal.credit(id).state()).isEqualTo(Credit.State.ADVISED);
    assertThat(deal.credit(id).presentation()).isEmpty();

    assertThat(deal.present(deal.seller, id, bill, 90_000_00, LcDeal.documents()).code())
        .isEqualTo(ResultCode.OK);
    assertThat(deal.credit(id).presentation().orElseThrow().number()).isEqualTo(2);
    // The chain cannot judge documents: it takes any notice in time (here a stale one) and holds.
    chain.ok(deal.issuing, LcModule.REFUSE, LcModule.NAME, notice.withHold(true));
    chain.ok(deal.issuing, LcModule.RETURN_DOCUMENTS, LcModule.NAME, new CreditRef(id));
    assertThat(deal.holder(bill)).isEqualTo(deal.seller.id());
    assertThat(deal.credit(id).state()).isEqualTo(Credit.State.ADVISED);
  }

  @Test
  void aPresentationWhoseReSealedBillDataOthersCannotUseIsRefused() {
    Hash id = deal.openCredit(LcDeal.terms());
    PresentedDocuments docs = LcDeal.documents();
    Hash bill = deal.shipGoods(docs);
    Hash otherBill = deal.shipGoods(docs); // the same content under a fresh salt
    deal.advanceTo(DocumentsDraft.PRESENTED);
    Present good = deal.presentation(id, bill, 100_000_00, docs);
    var before = chain.domainState();

    Present otherContent =
        withBillData(good, deal.resealForLc(otherBill, deal.seller.encryption()));
    assertThat(chain.act(deal.seller, LcModule.PRESENT, LcModule.NAME, otherContent).code())
        .isEqualTo(LcCodes.BILL_DATA_MISMATCH);
    Present notForTheApplicant = withBillData(good, resealFor(bill, deal.issuing));
    assertThat(chain.act(deal.seller, LcModule.PRESENT, LcModule.NAME, notForTheApplicant).code())
        .isEqualTo(LcCodes.BILL_DATA_NOT_RESEALED);
    Present notForTheIssuingBank = withBillData(good, resealFor(bill, deal.buyer));
    assertThat(chain.act(deal.seller, LcModule.PRESENT, LcModule.NAME, notForTheIssuingBank).code())
        .isEqualTo(LcCodes.BILL_DATA_NOT_RESEALED);
    assertThat(chain.domainState()).isEqualTo(before);
    assertThat(deal.holder(bill)).isEqualTo(deal.seller.id());

    chain.ok(deal.seller, LcModule.PRESENT, LcModule.NAME, good);
    assertThat(deal.holder(bill)).isEqualTo(deal.lcAccount());
  }

  private Sealed resealFor(Hash bill, TradeChain.Party holder) {
    try {
      return new BillClient(deal.sealer)
          .resealFor(chain.view(), bill, holder.id(), deal.seller.encryption());
    } catch (EnvelopeException e) {
      throw new AssertionError(e);
    }
  }

  private static Present withBillData(Present p, Sealed billData) {
    return new Present(p.credit(), p.bill(), p.amount(), p.documents(), billData);
  }

  @Test
  void ifTheIssuingBankCannotPayNeitherTheMoneyNorTheBillMoves() {
    Hash id = presentClean(LcDeal.documents());
    Hash bill = deal.credit(id).presentation().orElseThrow().bill();
    chain.ok(
        deal.issuing,
        CurrencyModule.TRANSFER,
        CurrencyModule.NAME,
        new Movement("EUR", deal.c.bankFr.id(), LcDeal.BANK_EUR - 50_000_00));
    var before = chain.domainState();

    assertThat(chain.act(deal.issuing, LcModule.HONOUR, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
    assertThat(chain.domainState()).isEqualTo(before);
    assertThat(deal.holder(bill)).isEqualTo(deal.lcAccount());
    assertThat(chain.balance("EUR", deal.advising)).isEqualTo(LcDeal.BANK_EUR);
    assertThat(deal.credit(id).state()).isEqualTo(Credit.State.PRESENTED);

    chain.ok(
        deal.c.bankFr,
        CurrencyModule.TRANSFER,
        CurrencyModule.NAME,
        new Movement("EUR", deal.issuing.id(), 60_000_00));
    chain.ok(deal.issuing, LcModule.HONOUR, LcModule.NAME, new CreditRef(id));
    // The applicant has no money: reimbursement moves nothing either.
    var honoured = chain.domainState();
    assertThat(chain.act(deal.buyer, LcModule.REIMBURSE, LcModule.NAME, new CreditRef(id)).code())
        .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
    assertThat(chain.domainState()).isEqualTo(honoured);
    assertThat(deal.holder(bill)).isEqualTo(deal.issuing.id());
  }

  @Test
  void theChainCarriesNoTermsOrDocumentsInTheClear() {
    presentClean(LcDeal.documents());
    List<Bytes> ledger = new ArrayList<>(chain.transactions);
    chain.state.forEach(
        (k, v) -> {
          ledger.add(k);
          ledger.add(v);
        });
    for (String secret : List.of("sewing", "SEWING", "Hapag", "Allianz", "Shanghai Garments")) {
      byte[] needle = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (Bytes b : ledger) {
        assertThat(indexOf(b.toArray(), needle)).as(secret).isEqualTo(-1);
      }
    }
  }

  private static int indexOf(byte[] h, byte[] n) {
    outer:
    for (int i = 0; i + n.length <= h.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (h[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
