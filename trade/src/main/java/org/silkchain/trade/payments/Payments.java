package org.silkchain.trade.payments;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * The payments module's state layout and read API:
 *
 * <ul>
 *   <li>{@code payments/pvp/<id hex>}: {@link PvpOffer}
 *   <li>{@code payments/fx/<id hex>}: {@link FxAgreement}
 *   <li>{@code payments/xb/<id hex>}: {@link CrossBorderPayment}
 *   <li>{@code payments/e2e/<payer hex>/<end-to-end id>}: the id of the payer's payment with that
 *       end-to-end id (32 bytes), which makes end-to-end ids unique per payer
 * </ul>
 */
public final class Payments {
  private Payments() {}

  public static Bytes offerKey(Hash id) {
    return StateKey.of(PaymentsModule.NAME, "pvp", id.toHex());
  }

  public static Bytes agreementKey(Hash id) {
    return StateKey.of(PaymentsModule.NAME, "fx", id.toHex());
  }

  public static Bytes paymentKey(Hash id) {
    return StateKey.of(PaymentsModule.NAME, "xb", id.toHex());
  }

  public static Bytes endToEndKey(AccountId payer, String endToEndId) {
    return StateKey.of(PaymentsModule.NAME, "e2e", StateKey.part(payer), endToEndId);
  }

  public static Optional<PvpOffer> offer(StateAccess state, Hash id) {
    return state.read(offerKey(id), PvpOffer.CODEC);
  }

  public static Optional<FxAgreement> agreement(StateAccess state, Hash id) {
    return state.read(agreementKey(id), FxAgreement.CODEC);
  }

  public static Optional<CrossBorderPayment> payment(StateAccess state, Hash id) {
    return state.read(paymentKey(id), CrossBorderPayment.CODEC);
  }
}
