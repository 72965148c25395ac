package org.silkchain.trade.lc;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.runtime.execution.ExecutionContext;

/**
 * Amendments (Art. 10): the issuing bank offers one at a time, while no presentation is open; it
 * binds only when the beneficiary accepts it (not while a presentation is under examination), and a
 * rejection leaves the credit as it was.
 */
final class Amending {
  private Amending() {}

  static void propose(ExecutionContext ctx, AmendmentProposal body) {
    Credit credit = Credits.existing(ctx, body.credit());
    Credits.requireSender(ctx, credit.terms().issuingBank(), "issuing bank");
    Credits.requireState(credit, Credit.State.ISSUED, Credit.State.ADVISED);
    require(
        credit.amendment().isEmpty(),
        LcCodes.AMENDMENT_PENDING,
        "the beneficiary has not answered the previous amendment");
    require(!Credits.expired(ctx, credit), LcCodes.EXPIRED, "the credit has expired");
    CreditTerms amended = credit.terms().amended(body.maxAmount(), body.expiryDate(), body.terms());
    require(
        ctx.blockTimeMillis() < amended.expiresAtMillis(),
        LcCodes.INVALID_TERMS,
        () -> "the new expiry " + body.expiryDate() + " is already past");
    Credits.requireSealedToParties(ctx, credit, body.terms());
    Credit offered = credit.offering(Optional.of(body), credit.amendments());
    Credits.store(ctx, offered);
    ctx.emit(
        Credits.event("amendment-offered", offered)
            .with("max-amount", body.maxAmount())
            .with("expiry", body.expiryDate().toString())
            .with("expires-at", amended.expiresAtMillis()));
  }

  static void accept(ExecutionContext ctx, CreditRef ref) {
    Credit credit = pending(ctx, ref);
    Credits.requireState(credit, Credit.State.ISSUED, Credit.State.ADVISED);
    AmendmentProposal a = credit.amendment().orElseThrow();
    Credit amended =
        credit
            .with(credit.terms().amended(a.maxAmount(), a.expiryDate(), a.terms()))
            .offering(Optional.empty(), Math.addExact(credit.amendments(), 1));
    Credits.store(ctx, amended);
    ctx.emit(Credits.event("amended", amended).with("amendment", amended.amendments()));
  }

  static void reject(ExecutionContext ctx, CreditRef ref) {
    Credit credit = pending(ctx, ref);
    Credit unchanged = credit.offering(Optional.empty(), credit.amendments());
    Credits.store(ctx, unchanged);
    Credits.emit(ctx, "amendment-rejected", unchanged);
  }

  private static Credit pending(ExecutionContext ctx, CreditRef ref) {
    Credit credit = Credits.existing(ctx, ref.credit());
    Credits.requireSender(ctx, credit.terms().beneficiary(), "beneficiary");
    require(credit.amendment().isPresent(), LcCodes.NO_AMENDMENT, "no amendment is pending");
    return credit;
  }
}
