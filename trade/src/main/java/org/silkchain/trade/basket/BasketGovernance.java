package org.silkchain.trade.basket;

import org.silkchain.runtime.execution.ExecutionContext;

/**
 * The basket's API for governance: an adopted set-basket proposal changes the composition through
 * here, under the same rules as {@code basket/set-composition} (the unit's code, minor units and
 * lot size are fixed; the reserves must still back every outstanding lot).
 */
public final class BasketGovernance {
  private BasketGovernance() {}

  public static void setComposition(ExecutionContext ctx, Composition next) {
    Basket.setComposition(ctx, next);
  }
}
