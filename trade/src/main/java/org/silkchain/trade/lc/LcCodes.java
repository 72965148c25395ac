package org.silkchain.trade.lc;

import org.silkchain.runtime.result.ResultCode;

/**
 * The letters-of-credit module's result codes ({@code lc.*}); stable, do not rename. Money and
 * bills moving in the same action refuse with their own modules' codes ({@code INSUFFICIENT_FUNDS},
 * {@code ebl.NOT_HOLDER}), sealed content with {@code confidential.*}.
 */
public final class LcCodes {
  public static final ResultCode NOT_FOUND = code("NOT_FOUND");

  /** The sender is not the party the action belongs to (issuing bank, beneficiary, ...). */
  public static final ResultCode NOT_PARTY = code("NOT_PARTY");

  /** The applicant is neither a member nor a customer of the issuing bank. */
  public static final ResultCode NOT_CUSTOMER = code("NOT_CUSTOMER");

  public static final ResultCode NOT_A_BANK = code("NOT_A_BANK");
  public static final ResultCode UNKNOWN_PARTY = code("UNKNOWN_PARTY");
  public static final ResultCode INVALID_TERMS = code("INVALID_TERMS");

  /** The credit is not in a state that allows the action. */
  public static final ResultCode WRONG_STATE = code("WRONG_STATE");

  /** Past the expiry (moved to the next banking day, Art. 29(a)): no presentation, no issuance. */
  public static final ResultCode EXPIRED = code("EXPIRED");

  public static final ResultCode NOT_EXPIRED = code("NOT_EXPIRED");

  /** A drawing above the credit's maximum amount (its amount plus tolerance). */
  public static final ResultCode OVER_AMOUNT = code("OVER_AMOUNT");

  public static final ResultCode AMENDMENT_PENDING = code("AMENDMENT_PENDING");
  public static final ResultCode NO_AMENDMENT = code("NO_AMENDMENT");

  /** A second refusal of the same presentation: one notice lists every discrepancy (Art. 16). */
  public static final ResultCode ALREADY_REFUSED = code("ALREADY_REFUSED");

  /** A refusal after the fifth banking day following presentation (Art. 14(b), 16(f)). */
  public static final ResultCode DECISION_TOO_LATE = code("DECISION_TOO_LATE");

  /** Honour of a refused presentation that the applicant has not waived. */
  public static final ResultCode NOT_WAIVED = code("NOT_WAIVED");

  /**
   * The bill data re-sealed with the presentation does not carry the bill's content (another
   * commitment).
   */
  public static final ResultCode BILL_DATA_MISMATCH = code("BILL_DATA_MISMATCH");

  /**
   * The bill data re-sealed with the presentation is not encrypted to everyone who must read it
   * once the issuing bank or the applicant holds the bill (those two, the carrier, a straight
   * bill's consignee, the mandated regulators).
   */
  public static final ResultCode BILL_DATA_NOT_RESEALED = code("BILL_DATA_NOT_RESEALED");

  private LcCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(LcModule.NAME, name);
  }
}
