package org.silkchain.node.execution;

import org.silkchain.runtime.result.ResultCode;

/**
 * Why a transaction was not admitted to the mempool, or cannot be in a block. The names are the
 * stable codes of the HTTP API (node contract); do not rename. The runtime's pre-dispatch codes
 * ({@code TxResult.Invalid}) have the same names ({@link #of}).
 */
public enum RejectionCode {
  MALFORMED,
  TOO_LARGE,
  WRONG_CHAIN,
  BAD_SIGNATURE,
  UNKNOWN_ACCOUNT,
  NONCE_TOO_LOW,
  NONCE_TOO_HIGH,
  EXPIRED,
  NOT_YET_VALID,
  DUPLICATE,
  MEMPOOL_FULL,
  SENDER_QUOTA,
  /** Fewer valid signatures than the sender account's threshold (multi-key accounts). */
  INSUFFICIENT_SIGNATURES,
  /** The sender account is frozen (identity module). */
  ACCOUNT_FROZEN,
  /** The only signer is a delegated session key whose delegation expired (identity module). */
  DELEGATION_EXPIRED,
  /** The only signer is a live delegated session key not delegated for the payload's module. */
  DELEGATION_OUT_OF_SCOPE;

  /**
   * The code for a runtime pre-dispatch code of the same name; {@link #MALFORMED} for any other (a
   * runtime code this node does not know yet, so that the API still answers with a stable code).
   */
  public static RejectionCode of(ResultCode code) {
    for (RejectionCode c : values()) {
      if (c.name().equals(code.value())) {
        return c;
      }
    }
    return MALFORMED;
  }
}
