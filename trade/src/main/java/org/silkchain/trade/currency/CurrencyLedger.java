package org.silkchain.trade.currency;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * The currency ledger's state and its Java API for other modules (payments, basket), which move
 * money only through it, so that its invariants hold whoever moves it: no balance below zero, no
 * overflow ({@code Math.addExact}, a typed {@code OVERFLOW}), a frozen account neither sends nor
 * receives, and supply changes only by mint and burn.
 *
 * <p>State layout (amounts in minor units):
 *
 * <ul>
 *   <li>{@code currency/info/<CODE>}: {@link CurrencyInfo}
 *   <li>{@code currency/balance/<CODE>/<account hex>}: the balance, u63 (absent = 0; a balance that
 *       reaches 0 is deleted)
 *   <li>{@code currency/frozen/<CODE>/<account hex>}: present iff the issuer froze that account's
 *       holding of the currency
 * </ul>
 *
 * <p>A module account (such as the basket's reserve) has no account record: only the module that
 * owns it moves its money, through {@link #toModule} and {@link #fromModule}.
 */
public final class CurrencyLedger {
  private CurrencyLedger() {}

  public static Bytes infoKey(String code) {
    return StateKey.of(CurrencyModule.NAME, "info", code);
  }

  public static Bytes balanceKey(String code, AccountId account) {
    return StateKey.of(CurrencyModule.NAME, "balance", code, StateKey.part(account));
  }

  public static Bytes frozenKey(String code, AccountId account) {
    return StateKey.of(CurrencyModule.NAME, "frozen", code, StateKey.part(account));
  }

  /** The account a module holds money in: {@code AccountId.derive(hash, "module\0" + name)}. */
  public static AccountId moduleAccount(HashFunction hash, String module) {
    return AccountId.derive(hash, Bytes.utf8("module\0" + module));
  }

  public static Optional<CurrencyInfo> info(StateAccess state, String code) {
    return state.read(infoKey(code), CurrencyInfo.CODEC);
  }

  public static long balance(StateAccess state, String code, AccountId account) {
    return state.read(balanceKey(code, account), Fields.U63).orElse(0L);
  }

  public static boolean isFrozen(StateAccess state, String code, AccountId account) {
    return state.get(frozenKey(code, account)).isPresent();
  }

  /** The currency, or a {@code currency.UNKNOWN_CURRENCY} rejection. */
  public static CurrencyInfo currency(StateAccess state, String code) {
    return info(state, code)
        .orElseThrow(() -> new Rejection(CurrencyCodes.UNKNOWN_CURRENCY, "no currency " + code));
  }

  /** Creates a currency with no supply; {@code currency.ALREADY_ISSUED} if the code is taken. */
  public static void create(ExecutionContext ctx, String code, int minorUnits, AccountId issuer) {
    require(
        info(ctx, code).isEmpty(), CurrencyCodes.ALREADY_ISSUED, () -> code + " is already issued");
    ctx.write(
        infoKey(code), CurrencyInfo.CODEC, new CurrencyInfo(code, minorUnits, issuer, 0, 0, 0));
    ctx.emit(
        Event.of(CurrencyModule.NAME, "issued")
            .with("currency", code)
            .with("issuer", issuer.toString()));
  }

  /** Creates {@code amount} new money in {@code to}'s balance (the caller checked who may). */
  public static void mint(ExecutionContext ctx, String code, AccountId to, long amount) {
    CurrencyInfo info = currency(ctx, code);
    checkAmount(amount);
    checkParty(ctx, code, to, CurrencyCodes.UNKNOWN_RECIPIENT);
    ctx.write(infoKey(code), CurrencyInfo.CODEC, info.minted(amount));
    credit(ctx, code, to, amount);
    ctx.emit(movement("minted", code, amount).with("to", to.toString()));
  }

  /** Destroys {@code amount} of {@code from}'s balance (the caller checked who may). */
  public static void burn(ExecutionContext ctx, String code, AccountId from, long amount) {
    CurrencyInfo info = currency(ctx, code);
    checkAmount(amount);
    debit(ctx, code, from, amount);
    ctx.write(infoKey(code), CurrencyInfo.CODEC, info.burned(amount));
    ctx.emit(movement("burned", code, amount).with("from", from.toString()));
  }

  /** Moves money between two accounts, both existing and neither frozen. */
  public static void transfer(
      ExecutionContext ctx, String code, AccountId from, AccountId to, long amount) {
    currency(ctx, code);
    checkAmount(amount);
    require(!from.equals(to), CurrencyCodes.SAME_ACCOUNT, "sender and recipient are the same");
    checkParty(ctx, code, from, ResultCode.NOT_FOUND);
    checkParty(ctx, code, to, CurrencyCodes.UNKNOWN_RECIPIENT);
    debit(ctx, code, from, amount);
    credit(ctx, code, to, amount);
    ctx.emit(
        movement("transfer", code, amount).with("from", from.toString()).with("to", to.toString()));
  }

  /** Moves money from an account into {@code module}'s own account. */
  public static void toModule(
      ExecutionContext ctx, String code, AccountId from, String module, long amount) {
    currency(ctx, code);
    checkAmount(amount);
    checkParty(ctx, code, from, ResultCode.NOT_FOUND);
    debit(ctx, code, from, amount);
    credit(ctx, code, moduleAccount(ctx.hash(), module), amount);
  }

  /** Moves money from {@code module}'s own account to an account. */
  public static void fromModule(
      ExecutionContext ctx, String code, String module, AccountId to, long amount) {
    currency(ctx, code);
    checkAmount(amount);
    checkParty(ctx, code, to, CurrencyCodes.UNKNOWN_RECIPIENT);
    debit(ctx, code, moduleAccount(ctx.hash(), module), amount);
    credit(ctx, code, to, amount);
  }

  private static void checkAmount(long amount) {
    require(amount > 0, CurrencyCodes.INVALID_AMOUNT, () -> "amount must be positive: " + amount);
  }

  private static void checkParty(
      ExecutionContext ctx, String code, AccountId account, ResultCode missing) {
    Optional<AccountRecord> record = ctx.account(account);
    require(record.isPresent(), missing, () -> "no account " + account);
    require(
        !record.get().frozen(),
        ResultCode.ACCOUNT_FROZEN,
        () -> "account " + account + " is frozen");
    require(
        !isFrozen(ctx, code, account),
        ResultCode.ACCOUNT_FROZEN,
        () -> "account " + account + " is frozen for " + code);
  }

  private static void debit(ExecutionContext ctx, String code, AccountId account, long amount) {
    long balance = balance(ctx, code, account);
    require(
        balance >= amount,
        ResultCode.INSUFFICIENT_FUNDS,
        () -> account + " holds " + balance + " " + code + ", needs " + amount);
    store(ctx, code, account, balance - amount);
  }

  private static void credit(ExecutionContext ctx, String code, AccountId account, long amount) {
    store(ctx, code, account, Math.addExact(balance(ctx, code, account), amount));
  }

  private static void store(ExecutionContext ctx, String code, AccountId account, long balance) {
    if (balance == 0) {
      ctx.delete(balanceKey(code, account));
    } else {
      ctx.write(balanceKey(code, account), Fields.U63, balance);
    }
  }

  private static Event movement(String type, String code, long amount) {
    return Event.of(CurrencyModule.NAME, type).with("currency", code).with("amount", amount);
  }
}
