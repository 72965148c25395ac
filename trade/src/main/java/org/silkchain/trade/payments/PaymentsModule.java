package org.silkchain.trade.payments;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;

/**
 * Payments and settlement. Actions: {@code pvp-offer}, {@code pvp-accept}, {@code pvp-cancel}
 * (commercial banks), {@code pvp-expire} (anyone); {@code fx-propose}, {@code fx-accept}
 * (commercial banks); {@code xb-pay} (traders: customers of the debtor agent). Queries: {@code
 * offer}, {@code agreement}, {@code payment}, each by {@link Reference}; and the listings by {@link
 * PageRequest}, oldest first: {@code by-account} (payments the account is payer, payee, debtor
 * agent or creditor agent of), {@code agreements-by-party} (FX agreements it proposed or was
 * offered), {@code offers-by-party} (PvP offers it made or was made). Settled payments export as
 * pacs.008 and pacs.002 through {@link PaymentExport}.
 */
public final class PaymentsModule implements TradeModule {
  public static final String NAME = "payments";

  public static final Action<PvpTerms> PVP_OFFER =
      Action.restricted("pvp-offer", PvpTerms.CODEC, Pvp::offer, Role.COMMERCIAL_BANK);
  public static final Action<Reference> PVP_ACCEPT =
      Action.restricted("pvp-accept", Reference.CODEC, Pvp::accept, Role.COMMERCIAL_BANK);
  public static final Action<Reference> PVP_CANCEL =
      Action.restricted("pvp-cancel", Reference.CODEC, Pvp::cancel, Role.COMMERCIAL_BANK);
  public static final Action<Reference> PVP_EXPIRE =
      Action.open("pvp-expire", Reference.CODEC, Pvp::expire);
  public static final Action<FxTerms> FX_PROPOSE =
      Action.restricted("fx-propose", FxTerms.CODEC, CrossBorder::propose, Role.COMMERCIAL_BANK);
  public static final Action<Reference> FX_ACCEPT =
      Action.restricted("fx-accept", Reference.CODEC, CrossBorder::accept, Role.COMMERCIAL_BANK);
  public static final Action<CrossBorderPay> XB_PAY =
      Action.restricted("xb-pay", CrossBorderPay.CODEC, CrossBorder::pay, Role.TRADER);

  public static final Query<Reference, PvpOffer> OFFER =
      new Query<>(
          "offer",
          Reference.CODEC,
          PvpOffer.CODEC,
          (state, r) -> Payments.offer(state, r.id()).orElseThrow(() -> notFound(r)));
  public static final Query<Reference, FxAgreement> AGREEMENT =
      new Query<>(
          "agreement",
          Reference.CODEC,
          FxAgreement.CODEC,
          (state, r) -> Payments.agreement(state, r.id()).orElseThrow(() -> notFound(r)));
  public static final Query<Reference, CrossBorderPayment> PAYMENT =
      new Query<>(
          "payment",
          Reference.CODEC,
          CrossBorderPayment.CODEC,
          (state, r) -> Payments.payment(state, r.id()).orElseThrow(() -> notFound(r)));

  public static final Query<PageRequest, IdPage> BY_ACCOUNT =
      new Query<>(
          "by-account", PageRequest.CODEC, IdPage.CODEC, Payments.PAYMENTS_BY_ACCOUNT::page);
  public static final Query<PageRequest, IdPage> AGREEMENTS_BY_PARTY =
      new Query<>(
          "agreements-by-party",
          PageRequest.CODEC,
          IdPage.CODEC,
          Payments.AGREEMENTS_BY_PARTY::page);
  public static final Query<PageRequest, IdPage> OFFERS_BY_PARTY =
      new Query<>(
          "offers-by-party", PageRequest.CODEC, IdPage.CODEC, Payments.OFFERS_BY_PARTY::page);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(PVP_OFFER, PVP_ACCEPT, PVP_CANCEL, PVP_EXPIRE, FX_PROPOSE, FX_ACCEPT, XB_PAY);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(OFFER, AGREEMENT, PAYMENT, BY_ACCOUNT, AGREEMENTS_BY_PARTY, OFFERS_BY_PARTY);
  }

  private static Rejection notFound(Reference r) {
    return new Rejection(PaymentsCodes.NOT_FOUND, "nothing with id " + r.id());
  }
}
