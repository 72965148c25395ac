package org.silkchain.trade.ebl;

import java.util.List;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.trade.currency.CurrencyLedger;

/**
 * Stands in for the letter-of-credit module: a holder hands a bill into the module's custody
 * ({@code take}, its consent being the transaction it signs), and the module releases it to someone
 * else with the data re-sealed for them ({@code release}), or without ({@code return}).
 */
final class CustodyTestModule implements TradeModule {
  static final String NAME = "custody";

  static AccountId account() {
    return CurrencyLedger.moduleAccount(org.silkchain.trade.TradeChain.SUITE.hash(), NAME);
  }

  static final Action<BillRef> TAKE =
      Action.open(
          "take",
          BillRef.CODEC,
          (ctx, b) ->
              Bills.transferByModule(
                  ctx,
                  b.bill(),
                  ctx.sender(),
                  CurrencyLedger.moduleAccount(ctx.hash(), NAME),
                  NAME,
                  "presented under credit 42"));
  static final Action<Endorsement> RELEASE =
      Action.open(
          "release",
          Endorsement.CODEC,
          (ctx, b) ->
              Bills.transferByModule(
                  ctx,
                  b.bill(),
                  CurrencyLedger.moduleAccount(ctx.hash(), NAME),
                  b.to(),
                  NAME,
                  "settled",
                  b.data()));
  static final Action<Endorsement> RETURN =
      Action.open(
          "return",
          Endorsement.CODEC,
          (ctx, b) ->
              Bills.transferByModule(
                  ctx,
                  b.bill(),
                  CurrencyLedger.moduleAccount(ctx.hash(), NAME),
                  b.to(),
                  NAME,
                  "refused"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(TAKE, RELEASE, RETURN);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of();
  }
}
