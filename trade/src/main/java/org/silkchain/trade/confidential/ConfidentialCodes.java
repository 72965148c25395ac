package org.silkchain.trade.confidential;

import org.silkchain.runtime.result.ResultCode;

/** Result codes of the confidentiality rules ({@code confidential.*}); stable, do not rename. */
public final class ConfidentialCodes {
  /** Module name in result codes and state keys. */
  public static final String NAME = "confidential";

  /** A party of the deal, or a mandated regulator, is not among the envelope's recipients. */
  public static final ResultCode MISSING_RECIPIENT = code("MISSING_RECIPIENT");

  /** A party or mandated regulator has registered no encryption key, so nobody can seal to it. */
  public static final ResultCode NO_ENCRYPTION_KEY = code("NO_ENCRYPTION_KEY");

  /** A mandate was granted to an account that is not a regulator member. */
  public static final ResultCode NOT_REGULATOR = code("NOT_REGULATOR");

  /** The regulator already has a mandate over the jurisdiction (granted or its own). */
  public static final ResultCode MANDATE_EXISTS = code("MANDATE_EXISTS");

  /** There is no granted mandate to revoke. */
  public static final ResultCode NO_MANDATE = code("NO_MANDATE");

  private ConfidentialCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(NAME, name);
  }
}
