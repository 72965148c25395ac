package org.silkchain.trade.payments;

import static org.silkchain.runtime.result.Rejection.require;

import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.trade.currency.CurrencyLedger;

/**
 * Payment versus payment between two banks: bank A offers, bank B accepts, and the accepting
 * transaction executes both legs, so either both happen or neither (if A no longer holds the money,
 * the acceptance is refused with {@code INSUFFICIENT_FUNDS} and nothing moves). Offers do not lock
 * funds; an offer past its expiry (block time) cannot be accepted.
 */
final class Pvp {
  private Pvp() {}

  static void offer(ExecutionContext ctx, PvpTerms t) {
    require(
        !t.counterparty().equals(ctx.sender()),
        PaymentsCodes.INVALID_TERMS,
        "counterparty is the maker");
    require(
        ctx.account(t.counterparty()).map(a -> a.hasRole(Role.COMMERCIAL_BANK)).orElse(false),
        PaymentsCodes.NOT_A_BANK,
        () -> t.counterparty() + " is not a commercial bank");
    CurrencyLedger.currency(ctx, t.give());
    CurrencyLedger.currency(ctx, t.want());
    require(!t.give().equals(t.want()), PaymentsCodes.INVALID_TERMS, "both legs in one currency");
    require(
        t.expiresAtMillis() > ctx.blockTimeMillis(),
        PaymentsCodes.EXPIRED,
        "expiry is not after the block time");
    Hash id = ctx.txId().hash();
    ctx.write(
        Payments.offerKey(id), PvpOffer.CODEC, new PvpOffer(ctx.sender(), t, PvpOffer.State.OPEN));
    Payments.list(ctx, Payments.OFFERS_BY_PARTY, id, ctx.sender(), t.counterparty());
    ctx.emit(event("pvp-offered", id, ctx.sender(), t.counterparty()));
  }

  static void accept(ExecutionContext ctx, Reference ref) {
    PvpOffer offer = open(ctx, ref.id());
    PvpTerms t = offer.terms();
    require(
        t.counterparty().equals(ctx.sender()),
        PaymentsCodes.NOT_COUNTERPARTY,
        "only the counterparty can accept");
    require(
        ctx.blockTimeMillis() < t.expiresAtMillis(),
        PaymentsCodes.EXPIRED,
        () -> "offer expired at " + t.expiresAtMillis());
    CurrencyLedger.transfer(ctx, t.give(), offer.maker(), t.counterparty(), t.giveAmount());
    CurrencyLedger.transfer(ctx, t.want(), t.counterparty(), offer.maker(), t.wantAmount());
    ctx.write(Payments.offerKey(ref.id()), PvpOffer.CODEC, offer.in(PvpOffer.State.SETTLED));
    ctx.emit(event("pvp-settled", ref.id(), offer.maker(), t.counterparty()));
  }

  static void cancel(ExecutionContext ctx, Reference ref) {
    PvpOffer offer = open(ctx, ref.id());
    require(
        offer.maker().equals(ctx.sender()),
        PaymentsCodes.NOT_COUNTERPARTY,
        "only the maker cancels");
    ctx.write(Payments.offerKey(ref.id()), PvpOffer.CODEC, offer.in(PvpOffer.State.CANCELLED));
    ctx.emit(event("pvp-cancelled", ref.id(), offer.maker(), offer.terms().counterparty()));
  }

  /** Anyone may mark an open offer past its expiry as expired (housekeeping; nothing moves). */
  static void expire(ExecutionContext ctx, Reference ref) {
    PvpOffer offer = open(ctx, ref.id());
    require(
        ctx.blockTimeMillis() >= offer.terms().expiresAtMillis(),
        PaymentsCodes.NOT_EXPIRED,
        "the offer has not expired");
    ctx.write(Payments.offerKey(ref.id()), PvpOffer.CODEC, offer.in(PvpOffer.State.EXPIRED));
    ctx.emit(event("pvp-expired", ref.id(), offer.maker(), offer.terms().counterparty()));
  }

  private static PvpOffer open(ExecutionContext ctx, Hash id) {
    PvpOffer offer =
        Payments.offer(ctx, id)
            .orElseThrow(() -> new Rejection(PaymentsCodes.NOT_FOUND, "no offer " + id));
    require(
        offer.state() == PvpOffer.State.OPEN,
        PaymentsCodes.NOT_OPEN,
        () -> "offer is " + offer.state());
    return offer;
  }

  private static Event event(String type, Hash id, AccountId maker, AccountId taker) {
    return Event.of(PaymentsModule.NAME, type)
        .with("offer", id.toHex())
        .with("maker", maker.toString())
        .with("taker", taker.toString());
  }
}
