package org.silkchain.trade.identity;

import org.silkchain.runtime.result.ResultCode;

/** The identity module's own result codes ({@code identity.*}); stable, do not rename. */
public final class IdentityCodes {
  public static final ResultCode ACCOUNT_EXISTS = code("ACCOUNT_EXISTS");
  public static final ResultCode INVALID_KEYS = code("INVALID_KEYS");
  public static final ResultCode INVALID_JURISDICTION = code("INVALID_JURISDICTION");
  public static final ResultCode INVALID_GUARDIANS = code("INVALID_GUARDIANS");
  public static final ResultCode NO_GUARDIANS = code("NO_GUARDIANS");
  public static final ResultCode NOT_GUARDIAN = code("NOT_GUARDIAN");
  public static final ResultCode RECOVERY_PENDING = code("RECOVERY_PENDING");
  public static final ResultCode NO_RECOVERY = code("NO_RECOVERY");
  public static final ResultCode ALREADY_APPROVED = code("ALREADY_APPROVED");
  public static final ResultCode NOT_ENOUGH_APPROVALS = code("NOT_ENOUGH_APPROVALS");
  public static final ResultCode DELAY_NOT_OVER = code("DELAY_NOT_OVER");
  public static final ResultCode ALREADY_FROZEN = code("ALREADY_FROZEN");
  public static final ResultCode NOT_FROZEN = code("NOT_FROZEN");

  /** A delegation's key, scope or duration is not allowed (see {@code Delegating}). */
  public static final ResultCode INVALID_DELEGATION = code("INVALID_DELEGATION");

  /** A delegation would expire at or before the block time. */
  public static final ResultCode DELEGATION_EXPIRED = code("DELEGATION_EXPIRED");

  /** The account holds the most live delegations allowed. */
  public static final ResultCode DELEGATION_LIMIT = code("DELEGATION_LIMIT");

  /** Another account holds a live delegation of the same session key. */
  public static final ResultCode DELEGATION_TAKEN = code("DELEGATION_TAKEN");

  /** The sender delegated no such session key (never, revoked, or ended by a key change). */
  public static final ResultCode NO_DELEGATION = code("NO_DELEGATION");

  private IdentityCodes() {}

  private static ResultCode code(String name) {
    return ResultCode.of(IdentityModule.NAME, name);
  }
}
