package org.silkchain.trade.lc;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.identity.Identities;

/**
 * Opening a credit: the applicant (a member, or a customer of the issuing bank) applies, the
 * issuing bank issues, the advising bank advises it to the beneficiary and may confirm it.
 */
final class Issuing {
  private Issuing() {}

  static void apply(ExecutionContext ctx, CreditTerms t) {
    AccountId applicant = ctx.sender();
    requireBank(ctx, t.issuingBank(), "issuing bank");
    requireBank(ctx, t.advisingBank(), "advising bank");
    require(
        Identities.member(ctx, applicant).isPresent()
            || Identities.customer(ctx, applicant)
                .map(c -> c.bank().equals(t.issuingBank()))
                .orElse(false),
        LcCodes.NOT_CUSTOMER,
        () -> applicant + " is neither a member nor a customer of the issuing bank");
    require(
        ctx.account(t.beneficiary()).isPresent(),
        LcCodes.UNKNOWN_PARTY,
        () -> "no account for the beneficiary " + t.beneficiary());
    require(
        !t.beneficiary().equals(applicant) && !t.issuingBank().equals(applicant),
        LcCodes.INVALID_TERMS,
        "the applicant is neither the beneficiary nor the issuing bank");
    CurrencyLedger.currency(ctx, t.currency());
    require(
        ctx.blockTimeMillis() < t.expiresAtMillis(),
        LcCodes.EXPIRED,
        () -> "the expiry date " + t.expiryDate() + " has passed");
    Credit credit =
        new Credit(
            ctx.txId().hash(),
            applicant,
            t,
            Credit.State.APPLIED,
            false,
            Optional.empty(),
            Optional.empty(),
            0,
            0);
    Credits.requireSealedToParties(ctx, credit, t.terms());
    Credits.store(ctx, credit);
    Credits.listUnderParties(ctx, credit);
    Credits.emit(ctx, "applied", credit);
  }

  static void issue(ExecutionContext ctx, IssueCredit body) {
    Credit credit = Credits.existing(ctx, body.credit());
    Credits.requireSender(ctx, credit.terms().issuingBank(), "issuing bank");
    Credits.requireState(credit, Credit.State.APPLIED);
    require(!Credits.expired(ctx, credit), LcCodes.EXPIRED, "the credit's expiry has passed");
    Credits.requireSealedToParties(ctx, credit, body.terms());
    Credit issued = credit.with(credit.terms().withTerms(body.terms())).in(Credit.State.ISSUED);
    Credits.store(ctx, issued);
    Credits.emit(ctx, "issued", issued);
  }

  static void advise(ExecutionContext ctx, Advice body) {
    Credit credit = Credits.existing(ctx, body.credit());
    Credits.requireSender(ctx, credit.terms().advisingBank(), "advising bank");
    Credits.requireState(credit, Credit.State.ISSUED);
    Credit advised = credit.advised(body.confirm());
    Credits.store(ctx, advised);
    ctx.emit(Credits.event("advised", advised).with("confirmed", body.confirm() ? "yes" : "no"));
  }

  private static void requireBank(ExecutionContext ctx, AccountId bank, String role) {
    require(
        ctx.account(bank).map(a -> a.hasRole(Role.COMMERCIAL_BANK)).orElse(false),
        LcCodes.NOT_A_BANK,
        () -> "the " + role + " " + bank + " is not a commercial bank");
  }
}
