package org.silkchain.trade.lc;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.trade.ebl.Bills;
import org.silkchain.trade.lc.examination.BankingCalendar;

/**
 * The issuing bank's refusal and what follows it. A refusal is one notice naming every discrepancy
 * (Art. 16(c)); a second one for the same presentation is refused ({@code lc.ALREADY_REFUSED}). It
 * must come by the end of the fifth banking day after presentation (Art. 14(b)); later, the bank is
 * precluded from claiming discrepancies (Art. 16(f)) and may only honour ({@code
 * lc.DECISION_TOO_LATE}). Held documents wait for the applicant's waiver (Art. 16(b)) or go back.
 */
final class Deciding {
  private Deciding() {}

  static void refuse(ExecutionContext ctx, RefusalNotice notice) {
    Credit credit = Credits.existing(ctx, notice.credit());
    Credits.requireSender(ctx, credit.terms().issuingBank(), "issuing bank");
    require(
        credit.state() != Credit.State.REFUSED && credit.state() != Credit.State.WAIVED,
        LcCodes.ALREADY_REFUSED,
        "this presentation was refused already: one notice lists every discrepancy");
    Credits.requireState(credit, Credit.State.PRESENTED);
    Presentation p = credit.presentation().orElseThrow();
    require(
        ctx.blockTimeMillis() < BankingCalendar.endOf(p.decisionDeadline()),
        LcCodes.DECISION_TOO_LATE,
        () -> "the decision was due by " + p.decisionDeadline() + "; discrepancies are precluded");
    Presentation refused = p.refused(notice.discrepancies());
    Credit next;
    if (notice.holdPendingWaiver()) {
      next = credit.presenting(Credit.State.REFUSED, Optional.of(refused), credit.presentations());
    } else {
      giveBack(ctx, refused);
      next = credit.presenting(Credit.State.ADVISED, Optional.empty(), credit.presentations());
    }
    Credits.store(ctx, next);
    ctx.emit(
        Credits.event("refused", next)
            .with("presentation", p.number())
            .with("discrepancies", notice.discrepancies().size())
            .with("documents", notice.holdPendingWaiver() ? "held" : "returned"));
  }

  /** The applicant waives the discrepancies of a held refused presentation (Art. 16(b)). */
  static void waive(ExecutionContext ctx, CreditRef ref) {
    Credit credit = Credits.existing(ctx, ref.credit());
    Credits.requireSender(ctx, credit.applicant(), "applicant");
    Credits.requireState(credit, Credit.State.REFUSED);
    Credit waived = credit.in(Credit.State.WAIVED);
    Credits.store(ctx, waived);
    ctx.emit(
        Credits.event("waived", waived)
            .with("presentation", credit.presentation().orElseThrow().number()));
  }

  /**
   * The issuing bank returns held documents and the eBL to the presenter (it need not accept a
   * waiver); the credit is open to a new presentation until it expires.
   */
  static void returnDocuments(ExecutionContext ctx, CreditRef ref) {
    Credit credit = Credits.existing(ctx, ref.credit());
    Credits.requireSender(ctx, credit.terms().issuingBank(), "issuing bank");
    Credits.requireState(credit, Credit.State.REFUSED, Credit.State.WAIVED);
    Presentation p = credit.presentation().orElseThrow();
    giveBack(ctx, p);
    Credit reopened =
        credit.presenting(Credit.State.ADVISED, Optional.empty(), credit.presentations());
    Credits.store(ctx, reopened);
    ctx.emit(Credits.event("documents-returned", reopened).with("presentation", p.number()));
  }

  private static void giveBack(ExecutionContext ctx, Presentation p) {
    Bills.transferByModule(
        ctx,
        p.bill(),
        Credits.account(ctx),
        p.presenter(),
        LcModule.NAME,
        "returned after refusal");
  }
}
