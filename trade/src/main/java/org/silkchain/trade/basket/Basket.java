package org.silkchain.trade.basket;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.currency.CurrencyInfo;
import org.silkchain.trade.currency.CurrencyLedger;

/**
 * The basket unit's rules. State: {@code basket/composition} ({@link Composition}); the units are a
 * currency in the currency ledger whose issuer is the basket's module account; the reserves are
 * that module account's balances of the leg currencies.
 *
 * <p>Invariant: for every leg, reserve {@code >=} outstanding lots {@code *} amount per lot, with
 * equality as long as governance has not changed the composition (a change may leave surplus
 * reserves of a reduced leg; it is refused if it would leave any leg short).
 */
public final class Basket {
  private Basket() {}

  public static Bytes compositionKey() {
    return StateKey.of(BasketModule.NAME, "composition");
  }

  public static Optional<Composition> composition(StateAccess state) {
    return state.read(compositionKey(), Composition.CODEC);
  }

  public static AccountId reserveAccount(org.silkchain.crypto.HashFunction hash) {
    return CurrencyLedger.moduleAccount(hash, BasketModule.NAME);
  }

  static void deposit(ExecutionContext ctx, Lots body) {
    Composition c = configured(ctx);
    for (Composition.Leg leg : c.legs()) {
      long amount = Math.multiplyExact(body.lots(), leg.amountPerLot());
      CurrencyLedger.toModule(ctx, leg.currency(), ctx.sender(), BasketModule.NAME, amount);
    }
    long units = Math.multiplyExact(body.lots(), c.lotSize());
    CurrencyLedger.mint(ctx, c.code(), ctx.sender(), units);
    ctx.emit(event("deposited", ctx, body));
  }

  static void redeem(ExecutionContext ctx, Lots body) {
    Composition c = configured(ctx);
    CurrencyLedger.burn(ctx, c.code(), ctx.sender(), Math.multiplyExact(body.lots(), c.lotSize()));
    for (Composition.Leg leg : c.legs()) {
      long amount = Math.multiplyExact(body.lots(), leg.amountPerLot());
      CurrencyLedger.fromModule(ctx, leg.currency(), BasketModule.NAME, ctx.sender(), amount);
    }
    ctx.emit(event("redeemed", ctx, body));
  }

  static void setComposition(ExecutionContext ctx, Composition next) {
    for (Composition.Leg leg : next.legs()) {
      CurrencyLedger.currency(ctx, leg.currency());
    }
    Optional<Composition> current = composition(ctx);
    if (current.isEmpty()) {
      CurrencyLedger.create(ctx, next.code(), next.minorUnits(), reserveAccount(ctx.hash()));
    } else {
      Composition c = current.get();
      require(
          c.code().equals(next.code())
              && c.minorUnits() == next.minorUnits()
              && c.lotSize() == next.lotSize(),
          BasketCodes.UNIT_CHANGE,
          "the unit's code, minor units and lot size are fixed");
      long lots = CurrencyLedger.currency(ctx, c.code()).supply() / c.lotSize();
      AccountId reserve = reserveAccount(ctx.hash());
      for (Composition.Leg leg : next.legs()) {
        long needed = Math.multiplyExact(lots, leg.amountPerLot());
        long held = CurrencyLedger.balance(ctx, leg.currency(), reserve);
        require(
            held >= needed,
            BasketCodes.RESERVES_SHORT,
            () -> "reserve holds " + held + " " + leg.currency() + ", backing needs " + needed);
      }
    }
    ctx.write(compositionKey(), Composition.CODEC, next);
    ctx.emit(Event.of(BasketModule.NAME, "composition-set").with("unit", next.code()));
  }

  private static Composition configured(ExecutionContext ctx) {
    return composition(ctx)
        .orElseThrow(() -> new Rejection(BasketCodes.NOT_CONFIGURED, "no basket composition"));
  }

  /** Outstanding basket units (minor units), 0 before the basket is configured. */
  public static long outstanding(StateAccess state) {
    return composition(state)
        .flatMap(c -> CurrencyLedger.info(state, c.code()))
        .map(CurrencyInfo::supply)
        .orElse(0L);
  }

  private static Event event(String type, ExecutionContext ctx, Lots body) {
    return Event.of(BasketModule.NAME, type)
        .with("account", ctx.sender().toString())
        .with("lots", body.lots());
  }
}
