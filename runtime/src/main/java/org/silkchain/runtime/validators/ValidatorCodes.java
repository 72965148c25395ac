package org.silkchain.runtime.validators;

import org.silkchain.runtime.result.ResultCode;

/**
 * Why {@link ValidatorRegistry} refuses a change ({@code validators.*}); stable, do not rename.
 * Governance actions that call the registry surface these codes in their receipts.
 */
public final class ValidatorCodes {
  /** Power 0 or over {@link ValidatorRegistry#MAX_TOTAL_POWER}: removal is {@code remove}. */
  public static final ResultCode INVALID_POWER = code("INVALID_POWER");

  /** The set would exceed {@link ValidatorRegistry#MAX_VALIDATORS} members. */
  public static final ResultCode TOO_MANY_VALIDATORS = code("TOO_MANY_VALIDATORS");

  /** The powers would sum over {@link ValidatorRegistry#MAX_TOTAL_POWER}. */
  public static final ResultCode TOTAL_POWER_EXCEEDED = code("TOTAL_POWER_EXCEEDED");

  /** The operator is not an account on the ledger. */
  public static final ResultCode UNKNOWN_OPERATOR = code("UNKNOWN_OPERATOR");

  /** The address is not {@code host:port}. */
  public static final ResultCode INVALID_ADDRESS = code("INVALID_ADDRESS");

  /** A new validator without the TLS certificate fingerprint its peers must pin. */
  public static final ResultCode MISSING_TLS_FINGERPRINT = code("MISSING_TLS_FINGERPRINT");

  /** Another validator already registered this TLS certificate. */
  public static final ResultCode DUPLICATE_TLS_FINGERPRINT = code("DUPLICATE_TLS_FINGERPRINT");

  /** Removing a key that is not in the set. */
  public static final ResultCode NOT_A_VALIDATOR = code("NOT_A_VALIDATOR");

  /** The removal would leave fewer than the minimum number of validators. */
  public static final ResultCode TOO_FEW_VALIDATORS = code("TOO_FEW_VALIDATORS");

  private ValidatorCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(ValidatorRegistry.NAMESPACE, name);
  }
}
