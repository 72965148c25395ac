package org.silkchain.trade.currency;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.List;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.ResultCode;

/**
 * Digital currencies: each central bank issues its own ({@code issue}), mints to and burns from
 * commercial banks ({@code mint}, {@code burn}), and may freeze an account's holding of its
 * currency ({@code freeze}, {@code unfreeze}); banks distribute to customers and anyone pays anyone
 * with {@code transfer}. Queries: {@code info} (by code), {@code balance}.
 */
public final class CurrencyModule implements TradeModule {
  public static final String NAME = "currency";

  public static final Action<Issue> ISSUE =
      Action.restricted("issue", Issue.CODEC, CurrencyModule::issue, Role.CENTRAL_BANK);
  public static final Action<Movement> MINT =
      Action.restricted("mint", Movement.CODEC, CurrencyModule::mint, Role.CENTRAL_BANK);
  public static final Action<Movement> BURN =
      Action.restricted("burn", Movement.CODEC, CurrencyModule::burn, Role.CENTRAL_BANK);
  public static final Action<Movement> TRANSFER =
      Action.open("transfer", Movement.CODEC, CurrencyModule::transfer);
  public static final Action<CurrencyAccount> FREEZE =
      Action.restricted(
          "freeze", CurrencyAccount.CODEC, (c, b) -> setFrozen(c, b, true), Role.CENTRAL_BANK);
  public static final Action<CurrencyAccount> UNFREEZE =
      Action.restricted(
          "unfreeze", CurrencyAccount.CODEC, (c, b) -> setFrozen(c, b, false), Role.CENTRAL_BANK);

  public static final Query<String, CurrencyInfo> INFO =
      new Query<>("info", CurrencyInfo.CODE_CODEC, CurrencyInfo.CODEC, CurrencyLedger::currency);
  public static final Query<CurrencyAccount, Long> BALANCE =
      new Query<>(
          "balance",
          CurrencyAccount.CODEC,
          Fields.U63,
          (state, q) -> CurrencyLedger.balance(state, q.code(), q.account()));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(ISSUE, MINT, BURN, TRANSFER, FREEZE, UNFREEZE);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(INFO, BALANCE);
  }

  private static void issue(ExecutionContext ctx, Issue body) {
    CurrencyLedger.create(ctx, body.code(), body.minorUnits(), ctx.sender());
  }

  private static void mint(ExecutionContext ctx, Movement body) {
    requireIssuer(ctx, body.code());
    requireBank(ctx, body);
    CurrencyLedger.mint(ctx, body.code(), body.account(), body.amount());
  }

  private static void burn(ExecutionContext ctx, Movement body) {
    requireIssuer(ctx, body.code());
    requireBank(ctx, body);
    CurrencyLedger.burn(ctx, body.code(), body.account(), body.amount());
  }

  private static void transfer(ExecutionContext ctx, Movement body) {
    CurrencyLedger.transfer(ctx, body.code(), ctx.sender(), body.account(), body.amount());
  }

  private static void setFrozen(ExecutionContext ctx, CurrencyAccount body, boolean frozen) {
    requireIssuer(ctx, body.code());
    require(
        ctx.account(body.account()).isPresent(),
        ResultCode.NOT_FOUND,
        () -> "no account " + body.account());
    boolean now = CurrencyLedger.isFrozen(ctx, body.code(), body.account());
    require(
        now != frozen,
        frozen ? CurrencyCodes.ALREADY_FROZEN : CurrencyCodes.NOT_FROZEN,
        frozen ? "already frozen" : "not frozen");
    if (frozen) {
      ctx.put(
          CurrencyLedger.frozenKey(body.code(), body.account()), org.silkchain.codec.Bytes.EMPTY);
    } else {
      ctx.delete(CurrencyLedger.frozenKey(body.code(), body.account()));
    }
    ctx.emit(
        Event.of(NAME, frozen ? "frozen" : "unfrozen")
            .with("currency", body.code())
            .with("account", body.account().toString()));
  }

  private static void requireIssuer(ExecutionContext ctx, String code) {
    CurrencyInfo info = CurrencyLedger.currency(ctx, code);
    require(
        info.issuer().equals(ctx.sender()),
        CurrencyCodes.NOT_ISSUER,
        () -> "only the issuer " + info.issuer() + " mints, burns and freezes " + code);
  }

  private static void requireBank(ExecutionContext ctx, Movement body) {
    boolean bank =
        ctx.account(body.account()).map(a -> a.hasRole(Role.COMMERCIAL_BANK)).orElse(false);
    require(bank, CurrencyCodes.NOT_A_BANK, () -> body.account() + " is not a commercial bank");
  }
}
