package org.silkchain.trade.lc;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
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

/**
 * The letters-of-credit state and its read API: {@code lc/credit/<id hex>} holds a {@link Credit}.
 * Presented bills are held by the module's account ({@link #account}) until the credit settles or
 * the documents go back.
 */
public final class Credits {
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

  static void store(ExecutionContext ctx, Credit credit) {
    ctx.write(creditKey(credit.id()), Credit.CODEC, credit);
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
