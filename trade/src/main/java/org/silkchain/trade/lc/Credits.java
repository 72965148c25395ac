package org.silkchain.trade.lc;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.Listing;
import org.silkchain.trade.listing.PageRequest;

/**
 * The letters-of-credit state and its read API:
 *
 * <ul>
 *   <li>{@code lc/credit/<id hex>}: the {@link Credit}
 *   <li>{@code lc/by-party/<account hex>[/<n>]}: ids of the credits the account is a party to
 *       (applicant, beneficiary, issuing or advising bank), written when the credit is applied for
 *       (the parties never change)
 *   <li>{@code lc/trail/<credit hex>[/<n>]}: ids of the transactions that changed the credit,
 *       oldest first, so that a client can show its history from their receipts
 * </ul>
 *
 * Presented bills are held by the module's account ({@link #account}) until the credit settles or
 * the documents go back.
 */
public final class Credits {
  static final Listing BY_PARTY = new Listing(LcModule.NAME, "by-party");
  static final Listing TRAIL = new Listing(LcModule.NAME, "trail");

  private Credits() {}

  public static Bytes creditKey(Hash id) {
    return StateKey.of(LcModule.NAME, "credit", id.toHex());
  }

  public static Optional<Credit> credit(StateAccess state, Hash id) {
    return state.read(creditKey(id), Credit.CODEC);
  }

  /** The account that holds presented bills: {@code CurrencyLedger.moduleAccount(hash, "lc")}. */
  public static AccountId account(ExecutionContext ctx) {
    return CurrencyLedger.moduleAccount(ctx.hash(), LcModule.NAME);
  }

  static Credit existing(StateAccess state, Hash id) {
    return credit(state, id).orElseThrow(() -> new Rejection(LcCodes.NOT_FOUND, "no credit " + id));
  }

  /** The ids of a page of the credits {@code request.account()} is a party to, oldest first. */
  public static IdPage byParty(StateAccess state, PageRequest request) {
    return BY_PARTY.page(state, request);
  }

  /** The ids of a page of the transactions that changed a credit, oldest first. */
  public static IdPage trail(StateAccess state, CreditPage request) {
    return TRAIL.page(state, request.credit(), request.from(), request.limit());
  }

  /** Stores the credit as the action left it; every action stores once, so it joins the trail. */
  static void store(ExecutionContext ctx, Credit credit) {
    ctx.write(creditKey(credit.id()), Credit.CODEC, credit);
    TRAIL.append(ctx, credit.id(), ctx.txId().hash());
  }

  /** Lists a new credit under each of its parties, once each (a bank may be both banks). */
  static void listUnderParties(ExecutionContext ctx, Credit credit) {
    for (AccountId party : new TreeSet<>(credit.parties())) {
      BY_PARTY.append(ctx, party, credit.id());
    }
  }

  static void requireSender(ExecutionContext ctx, AccountId party, String role) {
    require(
        ctx.sender().equals(party),
        LcCodes.NOT_PARTY,
        () -> "only the " + role + " " + party + " may do that");
  }

  static void requireState(Credit credit, Credit.State... allowed) {
    for (Credit.State s : allowed) {
      if (credit.state() == s) {
        return;
      }
    }
    throw new Rejection(LcCodes.WRONG_STATE, "credit " + credit.id() + " is " + credit.state());
  }

  /** Sealed content of the credit must be readable by all its parties and mandated regulators. */
  static void requireSealedToParties(ExecutionContext ctx, Credit credit, Sealed sealed) {
    Confidentiality.requireRecipients(ctx, sealed, credit.parties());
  }

  static boolean expired(ExecutionContext ctx, Credit credit) {
    return ctx.blockTimeMillis() >= credit.terms().expiresAtMillis();
  }

  static void emit(ExecutionContext ctx, String type, Credit credit) {
    ctx.emit(event(type, credit));
  }

  static Event event(String type, Credit credit) {
    return Event.of(LcModule.NAME, type)
        .with("credit", credit.id().toHex())
        .with("applicant", credit.applicant().toString())
        .with("beneficiary", credit.terms().beneficiary().toString())
        .with("issuing-bank", credit.terms().issuingBank().toString());
  }
}
