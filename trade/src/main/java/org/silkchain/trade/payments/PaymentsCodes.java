package org.silkchain.trade.payments;

import org.silkchain.runtime.result.ResultCode;

/** The payments module's own result codes ({@code payments.*}); stable, do not rename. */
public final class PaymentsCodes {
  public static final ResultCode NOT_FOUND = code("NOT_FOUND");
  public static final ResultCode NOT_COUNTERPARTY = code("NOT_COUNTERPARTY");
  public static final ResultCode NOT_A_BANK = code("NOT_A_BANK");
  public static final ResultCode NOT_OPEN = code("NOT_OPEN");
  public static final ResultCode EXPIRED = code("EXPIRED");
  public static final ResultCode NOT_EXPIRED = code("NOT_EXPIRED");
  public static final ResultCode INVALID_TERMS = code("INVALID_TERMS");
  public static final ResultCode NOT_A_CUSTOMER = code("NOT_A_CUSTOMER");
  public static final ResultCode WRONG_AGENT = code("WRONG_AGENT");
  public static final ResultCode DUPLICATE_END_TO_END_ID = code("DUPLICATE_END_TO_END_ID");
  public static final ResultCode CHARGES_EXCEED_AMOUNT = code("CHARGES_EXCEED_AMOUNT");
  public static final ResultCode AMOUNT_TOO_SMALL = code("AMOUNT_TOO_SMALL");
  public static final ResultCode CREDIT_LINE_EXCEEDED = code("CREDIT_LINE_EXCEEDED");

  private PaymentsCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(PaymentsModule.NAME, name);
  }
}
