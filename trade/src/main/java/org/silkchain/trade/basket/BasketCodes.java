package org.silkchain.trade.basket;

import org.silkchain.runtime.result.ResultCode;

/** The basket module's own result codes ({@code basket.*}); stable, do not rename. */
public final class BasketCodes {
  public static final ResultCode NOT_CONFIGURED = code("NOT_CONFIGURED");
  public static final ResultCode UNIT_CHANGE = code("UNIT_CHANGE");
  public static final ResultCode RESERVES_SHORT = code("RESERVES_SHORT");
  public static final ResultCode INVALID_COMPOSITION = code("INVALID_COMPOSITION");

  private BasketCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(BasketModule.NAME, name);
  }
}
