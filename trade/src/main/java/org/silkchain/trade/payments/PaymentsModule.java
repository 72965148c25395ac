package org.silkchain.trade.payments;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;

/**
 * Payments and settlement. Actions: {@code pvp-offer}, {@code pvp-accept}, {@code pvp-cancel}
 * (commercial banks), {@code pvp-expire} (anyone); {@code fx-propose}, {@code fx-accept}
 * (commercial banks); {@code xb-pay} (traders: customers of the debtor agent). Queries: {@code
 * offer}, {@code agreement}, {@code payment}, each by {@link Reference}. Settled payments export as
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
    return List.of(OFFER, AGREEMENT, PAYMENT);
  }

  private static Rejection notFound(Reference r) {
    return new Rejection(PaymentsCodes.NOT_FOUND, "nothing with id " + r.id());
  }
}
