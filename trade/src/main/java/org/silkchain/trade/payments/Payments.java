package org.silkchain.trade.payments;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.listing.Listing;

/**
 * The payments module's state layout and read API:
 *
 * <ul>
 *   <li>{@code payments/pvp/<id hex>}: {@link PvpOffer}
 *   <li>{@code payments/fx/<id hex>}: {@link FxAgreement}
 *   <li>{@code payments/xb/<id hex>}: {@link CrossBorderPayment}
 *   <li>{@code payments/e2e/<payer hex>/<end-to-end id>}: the id of the payer's payment with that
 *       end-to-end id (32 bytes), which makes end-to-end ids unique per payer
 *   <li>{@code payments/by-account/<account hex>[/<n>]}: ids of the payments the account is payer,
 *       payee, debtor agent or creditor agent of ({@link Listing}, oldest first)
 *   <li>{@code payments/agreements-by-party/<account hex>[/<n>]}: ids of the FX agreements the
 *       account proposed (debtor agent) or was offered (creditor agent)
 *   <li>{@code payments/offers-by-party/<account hex>[/<n>]}: ids of the PvP offers the account
 *       made or was made
 * </ul>
 *
 * <p>Each listing entry is written by the transaction that creates the record, once per account
 * however many of the record's roles it holds.
 */
public final class Payments {
  static final Listing PAYMENTS_BY_ACCOUNT = new Listing(PaymentsModule.NAME, "by-account");
  static final Listing AGREEMENTS_BY_PARTY =
      new Listing(PaymentsModule.NAME, "agreements-by-party");
  static final Listing OFFERS_BY_PARTY = new Listing(PaymentsModule.NAME, "offers-by-party");

  private Payments() {}

  /** Appends {@code id} to the list of each distinct account of {@code accounts}, in order. */
  static void list(ExecutionContext ctx, Listing listing, Hash id, AccountId... accounts) {
    Set<AccountId> seen = new TreeSet<>();
    for (AccountId account : accounts) {
      if (seen.add(account)) {
        listing.append(ctx, account, id);
      }
    }
  }

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
