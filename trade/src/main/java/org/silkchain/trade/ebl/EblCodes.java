package org.silkchain.trade.ebl;

import org.silkchain.runtime.result.ResultCode;

/**
 * The eBL module's own result codes ({@code ebl.*}); stable, do not rename. Generic outcomes use
 * the runtime's codes ({@code ACCOUNT_FROZEN}, {@code INVALID_ARGUMENT}).
 */
public final class EblCodes {
  /** No bill with that id. */
  public static final ResultCode NOT_FOUND = code("NOT_FOUND");

  /** The sender (or a module's expected holder) does not have exclusive control of the bill. */
  public static final ResultCode NOT_HOLDER = code("NOT_HOLDER");

  /** The bill is surrendered, accomplished or void: it no longer circulates. */
  public static final ResultCode NOT_ACTIVE = code("NOT_ACTIVE");

  /** Only the bill's carrier may do that (accept a surrender, amend, void). */
  public static final ResultCode NOT_CARRIER = code("NOT_CARRIER");

  /** A straight bill moves only to its named consignee, and never in blank. */
  public static final ResultCode NOT_NEGOTIABLE = code("NOT_NEGOTIABLE");

  /** An endorsement in blank of a bill that is already endorsed in blank. */
  public static final ResultCode ALREADY_IN_BLANK = code("ALREADY_IN_BLANK");

  /** A transfer by delivery needs a bill endorsed in blank. */
  public static final ResultCode NOT_BEARER = code("NOT_BEARER");

  /** A straight bill is surrendered for delivery only by its consignee. */
  public static final ResultCode NOT_CONSIGNEE = code("NOT_CONSIGNEE");

  /** The shipper, consignee or endorsee has no account. */
  public static final ResultCode UNKNOWN_PARTY = code("UNKNOWN_PARTY");

  /** A transfer to the account that already holds the bill. */
  public static final ResultCode SAME_HOLDER = code("SAME_HOLDER");

  /** Re-sealed data whose commitment is not the bill's: not the same content. */
  public static final ResultCode COMMITMENT_MISMATCH = code("COMMITMENT_MISMATCH");

  /** An amendment whose data commits to the content the bill already has. */
  public static final ResultCode UNCHANGED = code("UNCHANGED");

  /** The carrier acts on a bill that is not surrendered for that purpose. */
  public static final ResultCode NOT_SURRENDERED = code("NOT_SURRENDERED");

  /** Issue terms that contradict each other (a straight bill without a consignee, ...). */
  public static final ResultCode INVALID_TERMS = code("INVALID_TERMS");

  private EblCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(EblModule.NAME, name);
  }
}
