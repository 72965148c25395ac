package org.silkchain.trade.currency;

import org.silkchain.runtime.result.ResultCode;

/**
 * The currency module's own result codes ({@code currency.*}); stable, do not rename. Generic
 * outcomes use the runtime's codes: {@code INSUFFICIENT_FUNDS}, {@code ACCOUNT_FROZEN}, {@code
 * OVERFLOW}, {@code NOT_FOUND}.
 */
public final class CurrencyCodes {
  public static final ResultCode UNKNOWN_CURRENCY = code("UNKNOWN_CURRENCY");
  public static final ResultCode ALREADY_ISSUED = code("ALREADY_ISSUED");
  public static final ResultCode NOT_ISSUER = code("NOT_ISSUER");
  public static final ResultCode NOT_A_BANK = code("NOT_A_BANK");
  public static final ResultCode INVALID_AMOUNT = code("INVALID_AMOUNT");
  public static final ResultCode SAME_ACCOUNT = code("SAME_ACCOUNT");
  public static final ResultCode UNKNOWN_RECIPIENT = code("UNKNOWN_RECIPIENT");
  public static final ResultCode ALREADY_FROZEN = code("ALREADY_FROZEN");
  public static final ResultCode NOT_FROZEN = code("NOT_FROZEN");

  private CurrencyCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(CurrencyModule.NAME, name);
  }
}
