package org.silkchain.trade.lc;

import static org.silkchain.runtime.result.Rejection.require;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.trade.ebl.Bill;
import org.silkchain.trade.ebl.Bills;
import org.silkchain.trade.lc.examination.BankingCalendar;

/**
 * Presentation: the beneficiary or its (advising) bank presents the sealed documents and hands the
 * eBL it holds to the module's account, on or before the expiry (Art. 6(d), moved to the next
 * banking day by Art. 29(a)). The bank's decision is due by the end of the fifth banking day
 * following (Art. 14(b)), recorded as the presentation's deadline.
 */
final class Presenting {
  /** Art. 14(b): five banking days following the day of presentation. */
  static final int DECISION_BANKING_DAYS = 5;

  private Presenting() {}

  static void present(ExecutionContext ctx, Present body) {
    Credit credit = Credits.existing(ctx, body.credit());
    AccountId presenter = ctx.sender();
    require(
        presenter.equals(credit.terms().beneficiary())
            || presenter.equals(credit.terms().advisingBank()),
        LcCodes.NOT_PARTY,
        "only the beneficiary or the advising bank presents");
    Credits.requireState(credit, Credit.State.ADVISED);
    require(
        !Credits.expired(ctx, credit),
        LcCodes.EXPIRED,
        () -> "the credit expired on " + credit.terms().expiryDate());
    require(
        body.amount() <= credit.terms().maxAmount(),
        LcCodes.OVER_AMOUNT,
        () -> "drawing " + body.amount() + " over the credit's " + credit.terms().maxAmount());
    Credits.requireSealedToParties(ctx, credit, body.documents());
    requireResealedForHolders(ctx, credit, body);
    Bills.transferByModule(
        ctx,
        body.bill(),
        presenter,
        Credits.account(ctx),
        LcModule.NAME,
        "presented under credit " + credit.id().toHex().substring(0, 16));
    BankingCalendar calendar = credit.terms().calendar();
    LocalDate deadline =
        calendar.plusBankingDays(
            BankingCalendar.dateOf(ctx.blockTimeMillis()), DECISION_BANKING_DAYS);
    long number = Math.addExact(credit.presentations(), 1);
    Presentation p =
        new Presentation(
            number,
            presenter,
            body.bill(),
            body.amount(),
            body.documents(),
            body.billData(),
            ctx.blockTimeMillis(),
            deadline,
            List.of());
    Credit presented = credit.presenting(Credit.State.PRESENTED, Optional.of(p), number);
    Credits.store(ctx, presented);
    ctx.emit(
        Credits.event("presented", presented)
            .with("presentation", number)
            .with("bill", body.bill().toHex())
            .with("amount", body.amount())
            .with("decide-by", deadline.toString()));
  }

  /**
   * The bill data handed over at honour and reimbursement must carry the bill's content and be
   * readable by each holder to come, checked now so that settlement cannot fail on it later.
   */
  private static void requireResealedForHolders(ExecutionContext ctx, Credit credit, Present body) {
    Bill bill = Bills.existing(ctx, body.bill());
    require(
        body.billData().commitment().equals(bill.commitment()),
        LcCodes.BILL_DATA_MISMATCH,
        () ->
            "the re-sealed bill data commits to "
                + body.billData().commitment()
                + ", bill "
                + bill.id()
                + " to "
                + bill.commitment());
    List<EncryptionPublicKey> present = body.billData().envelope().recipients();
    for (AccountId holder : List.of(credit.terms().issuingBank(), credit.applicant())) {
      require(
          present.containsAll(Bills.sealingKeys(ctx, bill, holder)),
          LcCodes.BILL_DATA_NOT_RESEALED,
          () ->
              "the re-sealed bill data is not readable by all who must read it once "
                  + holder
                  + " holds the bill");
    }
  }
}
