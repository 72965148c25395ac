package org.silkchain.trade.identity;

import static org.silkchain.runtime.result.Rejection.require;

import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;

/**
 * {@code identity/freeze} and {@code unfreeze} (regulators): a frozen account can neither send (the
 * runtime refuses its transactions) nor receive (modules check recipients). The compliance module
 * will own these rules later.
 */
final class Freezing {
  private Freezing() {}

  static void freeze(ExecutionContext ctx, AccountTarget body) {
    AccountRecord account = existing(ctx, body);
    require(!account.frozen(), IdentityCodes.ALREADY_FROZEN, "account is already frozen");
    ctx.putAccount(body.account(), account.withFrozen(true));
    ctx.emit(event("frozen", ctx, body));
  }

  static void unfreeze(ExecutionContext ctx, AccountTarget body) {
    AccountRecord account = existing(ctx, body);
    require(account.frozen(), IdentityCodes.NOT_FROZEN, "account is not frozen");
    ctx.putAccount(body.account(), account.withFrozen(false));
    ctx.emit(event("unfrozen", ctx, body));
  }

  private static AccountRecord existing(ExecutionContext ctx, AccountTarget body) {
    return ctx.account(body.account())
        .orElseThrow(() -> new Rejection(ResultCode.NOT_FOUND, "no account " + body.account()));
  }

  private static Event event(String type, ExecutionContext ctx, AccountTarget body) {
    return Event.of(IdentityModule.NAME, type)
        .with("account", body.account().toString())
        .with("by", ctx.sender().toString());
  }
}
