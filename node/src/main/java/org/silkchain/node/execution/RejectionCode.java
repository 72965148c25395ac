package org.silkchain.node.execution;

/**
 * Why a transaction was not admitted to the mempool, or cannot be in a block. The names are the
 * stable codes of the HTTP API (node contract); do not rename.
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
  SENDER_QUOTA
}
