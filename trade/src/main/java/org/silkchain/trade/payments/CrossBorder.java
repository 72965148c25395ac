package org.silkchain.trade.payments;

import static org.silkchain.runtime.result.Rejection.require;

import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.trade.currency.CurrencyInfo;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.identity.Customer;
import org.silkchain.trade.identity.Identities;

/**
 * Cross-border customer payments over an agreed FX corridor. The debtor agent proposes the terms
 * ({@code fx-propose}: rate, charges, credit line, expiry), the creditor agent accepts ({@code
 * fx-accept}); from then on a customer of the debtor agent can pay a customer of the creditor agent
 * ({@code xb-pay}) and the one transaction executes every leg:
 *
 * <ol>
 *   <li>payer to debtor agent: the debited amount (source currency), per {@link ChargeBearer};
 *   <li>debtor agent to creditor agent: the creditor agent's charge (source currency), if any;
 *   <li>debtor agent to creditor agent: the converted amount (target currency, the interbank
 *       settlement amount, rounded down per {@link Rate#convert});
 *   <li>creditor agent to payee: the converted amount.
 * </ol>
 *
 * Any leg failing (funds, frozen account, overflow) refuses the whole payment.
 */
final class CrossBorder {
  private CrossBorder() {}

  static void propose(ExecutionContext ctx, FxTerms t) {
    require(
        !t.creditorAgent().equals(ctx.sender()),
        PaymentsCodes.INVALID_TERMS,
        "creditor agent is the proposer");
    require(
        ctx.account(t.creditorAgent()).map(a -> a.hasRole(Role.COMMERCIAL_BANK)).orElse(false),
        PaymentsCodes.NOT_A_BANK,
        () -> t.creditorAgent() + " is not a commercial bank");
    CurrencyLedger.currency(ctx, t.from());
    CurrencyLedger.currency(ctx, t.to());
    require(!t.from().equals(t.to()), PaymentsCodes.INVALID_TERMS, "same currency both sides");
    require(t.creditLine() > 0, PaymentsCodes.INVALID_TERMS, "credit line must be positive");
    require(
        t.expiresAtMillis() > ctx.blockTimeMillis(),
        PaymentsCodes.EXPIRED,
        "expiry is not after the block time");
    Hash id = ctx.txId().hash();
    ctx.write(
        Payments.agreementKey(id), FxAgreement.CODEC, new FxAgreement(ctx.sender(), t, false, 0));
    Payments.list(ctx, Payments.AGREEMENTS_BY_PARTY, id, ctx.sender(), t.creditorAgent());
    ctx.emit(
        Event.of(PaymentsModule.NAME, "fx-proposed")
            .with("agreement", id.toHex())
            .with("debtor-agent", ctx.sender().toString())
            .with("creditor-agent", t.creditorAgent().toString()));
  }

  static void accept(ExecutionContext ctx, Reference ref) {
    FxAgreement a = agreement(ctx, ref.id());
    require(
        a.terms().creditorAgent().equals(ctx.sender()),
        PaymentsCodes.NOT_COUNTERPARTY,
        "only the creditor agent accepts");
    require(!a.agreed(), PaymentsCodes.NOT_OPEN, "already agreed");
    require(
        ctx.blockTimeMillis() < a.terms().expiresAtMillis(),
        PaymentsCodes.EXPIRED,
        "the proposal has expired");
    ctx.write(Payments.agreementKey(ref.id()), FxAgreement.CODEC, a.accepted());
    ctx.emit(Event.of(PaymentsModule.NAME, "fx-agreed").with("agreement", ref.id().toHex()));
  }

  static void pay(ExecutionContext ctx, CrossBorderPay p) {
    FxAgreement a = agreement(ctx, p.agreement());
    FxTerms t = a.terms();
    require(a.agreed(), PaymentsCodes.NOT_OPEN, "the corridor is not agreed");
    require(
        ctx.blockTimeMillis() < t.expiresAtMillis(),
        PaymentsCodes.EXPIRED,
        "the corridor has expired");
    AccountId payer = ctx.sender();
    require(
        bankOf(ctx, payer).equals(a.debtorAgent()),
        PaymentsCodes.WRONG_AGENT,
        "the payer is not a customer of the corridor's debtor agent");
    require(
        bankOf(ctx, p.payee()).equals(t.creditorAgent()),
        PaymentsCodes.WRONG_AGENT,
        "the payee is not a customer of the corridor's creditor agent");
    var e2eKey = Payments.endToEndKey(payer, p.endToEndId());
    require(
        ctx.get(e2eKey).isEmpty(),
        PaymentsCodes.DUPLICATE_END_TO_END_ID,
        () -> "end-to-end id " + p.endToEndId() + " already used by this payer");

    long i = p.amount();
    long feeA = t.debtorAgentFee();
    long feeB = t.creditorAgentFee();
    long debited;
    long base;
    switch (p.chargeBearer()) {
      case DEBT -> {
        debited = Math.addExact(Math.addExact(i, feeA), feeB);
        base = i;
      }
      case SHAR -> {
        debited = Math.addExact(i, feeA);
        base = i - feeB;
      }
      case CRED -> {
        debited = i;
        base = i - feeA - feeB; // fees are u63, so this cannot wrap below Long.MIN_VALUE
      }
      default -> throw new IllegalStateException();
    }
    require(base > 0, PaymentsCodes.CHARGES_EXCEED_AMOUNT, "charges exceed the instructed amount");
    CurrencyInfo from = CurrencyLedger.currency(ctx, t.from());
    CurrencyInfo to = CurrencyLedger.currency(ctx, t.to());
    long converted = t.rate().convert(base, from.minorUnits(), to.minorUnits());
    require(converted > 0, PaymentsCodes.AMOUNT_TOO_SMALL, "converts to nothing");
    require(
        Math.addExact(a.used(), converted) <= t.creditLine(),
        PaymentsCodes.CREDIT_LINE_EXCEEDED,
        () -> "credit line " + t.creditLine() + ", used " + a.used() + ", needs " + converted);

    CurrencyLedger.transfer(ctx, t.from(), payer, a.debtorAgent(), debited);
    if (feeB > 0) {
      CurrencyLedger.transfer(ctx, t.from(), a.debtorAgent(), t.creditorAgent(), feeB);
    }
    CurrencyLedger.transfer(ctx, t.to(), a.debtorAgent(), t.creditorAgent(), converted);
    CurrencyLedger.transfer(ctx, t.to(), t.creditorAgent(), p.payee(), converted);

    Hash id = ctx.txId().hash();
    ctx.write(Payments.agreementKey(p.agreement()), FxAgreement.CODEC, a.drawn(converted));
    ctx.put(e2eKey, id.bytes());
    CrossBorderPayment payment =
        new CrossBorderPayment(
            id,
            p.endToEndId(),
            payer,
            p.payee(),
            a.debtorAgent(),
            t.creditorAgent(),
            p.agreement(),
            t.from(),
            i,
            debited,
            t.to(),
            converted,
            t.rate(),
            p.chargeBearer(),
            feeA,
            feeB,
            CrossBorderPayment.Status.ACSC,
            ctx.blockTimeMillis(),
            ctx.height());
    ctx.write(Payments.paymentKey(id), CrossBorderPayment.CODEC, payment);
    Payments.list(
        ctx,
        Payments.PAYMENTS_BY_ACCOUNT,
        id,
        payer,
        p.payee(),
        a.debtorAgent(),
        t.creditorAgent());
    ctx.emit(
        Event.of(PaymentsModule.NAME, "xb-settled")
            .with("payment", id.toHex())
            .with("end-to-end-id", p.endToEndId())
            .with("payer", payer.toString())
            .with("payee", p.payee().toString())
            .with("status", payment.status().name()));
  }

  private static AccountId bankOf(ExecutionContext ctx, AccountId account) {
    return Identities.customer(ctx, account)
        .map(Customer::bank)
        .orElseThrow(
            () -> new Rejection(PaymentsCodes.NOT_A_CUSTOMER, account + " is not a customer"));
  }

  private static FxAgreement agreement(ExecutionContext ctx, Hash id) {
    return Payments.agreement(ctx, id)
        .orElseThrow(() -> new Rejection(PaymentsCodes.NOT_FOUND, "no agreement " + id));
  }
}
