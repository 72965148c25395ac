package org.silkchain.trade.lc;

import static org.silkchain.runtime.result.Rejection.require;

import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.ebl.Bills;

/**
 * Honour and reimbursement, each delivery versus payment in one transaction: if either leg fails
 * (funds, a frozen account, the bill not where it should be) the action is refused and neither the
 * money nor the bill moves.
 *
 * <ul>
 *   <li>{@code honour}: the issuing bank pays the drawing to the beneficiary's bank (the advising
 *       bank) and takes the eBL from the module's account, with the bill data the presenter
 *       re-sealed for it.
 *   <li>{@code reimburse}: the applicant pays the issuing bank the same amount and takes the eBL,
 *       with which it claims the goods from the carrier.
 * </ul>
 */
final class Settling {
  private Settling() {}

  /**
   * Honour of a presentation under examination (in time or, precluded from refusing, late) or of a
   * refused one whose discrepancies the applicant waived.
   */
  static void honour(ExecutionContext ctx, CreditRef ref) {
    Credit credit = Credits.existing(ctx, ref.credit());
    Credits.requireSender(ctx, credit.terms().issuingBank(), "issuing bank");
    require(
        credit.state() != Credit.State.REFUSED,
        LcCodes.NOT_WAIVED,
        "the presentation was refused and the applicant has not waived the discrepancies");
    Credits.requireState(credit, Credit.State.PRESENTED, Credit.State.WAIVED);
    Presentation p = credit.presentation().orElseThrow();
    CreditTerms t = credit.terms();
    CurrencyLedger.transfer(ctx, t.currency(), t.issuingBank(), t.advisingBank(), p.amount());
    Bills.transferByModule(
        ctx,
        p.bill(),
        Credits.account(ctx),
        t.issuingBank(),
        LcModule.NAME,
        "honoured: to the issuing bank",
        p.billData());
    Credit honoured = credit.in(Credit.State.HONOURED);
    Credits.store(ctx, honoured);
    ctx.emit(
        Credits.event("honoured", honoured)
            .with("presentation", p.number())
            .with("amount", p.amount())
            .with("currency", t.currency())
            .with("paid-to", t.advisingBank().toString()));
  }

  static void reimburse(ExecutionContext ctx, CreditRef ref) {
    Credit credit = Credits.existing(ctx, ref.credit());
    Credits.requireSender(ctx, credit.applicant(), "applicant");
    Credits.requireState(credit, Credit.State.HONOURED);
    Presentation p = credit.presentation().orElseThrow();
    CreditTerms t = credit.terms();
    CurrencyLedger.transfer(ctx, t.currency(), credit.applicant(), t.issuingBank(), p.amount());
    Bills.transferByModule(
        ctx,
        p.bill(),
        t.issuingBank(),
        credit.applicant(),
        LcModule.NAME,
        "released to the applicant on reimbursement",
        p.billData());
    Credit closed = credit.in(Credit.State.REIMBURSED);
    Credits.store(ctx, closed);
    ctx.emit(Credits.event("reimbursed", closed).with("amount", p.amount()));
  }
}
