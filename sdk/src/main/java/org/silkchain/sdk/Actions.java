package org.silkchain.sdk;

import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.TradeModule;

/**
 * Typed payloads for every module action: each module publishes its actions as {@code Action<B>}
 * constants with the body type {@code B} (for example {@code CurrencyModule.TRANSFER}, an {@code
 * Action<Movement>}), so {@code Actions.of(CurrencyModule.NAME, CurrencyModule.TRANSFER, movement)}
 * accepts only a {@code Movement} and encodes it canonically.
 */
public final class Actions {
  private Actions() {}

  public static <B> Payload of(String module, Action<B> action, B body) {
    return new Payload(module, action.name(), action.body().encode(body));
  }

  public static <B> Payload of(TradeModule module, Action<B> action, B body) {
    if (!module.actions().contains(action)) {
      throw new IllegalArgumentException(
          "module " + module.name() + " has no action " + action.name());
    }
    return of(module.name(), action, body);
  }
}
