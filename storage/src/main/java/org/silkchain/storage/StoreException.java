package org.silkchain.storage;

/** A ledger store refused an operation, or found its data unusable. */
public final class StoreException extends RuntimeException {
  /** Stable reason codes. */
  public enum Reason {
    /** The block is not the successor of the tip (height or parent hash). */
    NOT_NEXT_BLOCK,
    /** The certificate is not for this block, or a non-genesis block has none. */
    CERTIFICATE_MISMATCH,
    /** The state delta is not for this height, or its root is not the header's state root. */
    STATE_MISMATCH,
    /** Stored data is inconsistent or fails its checksums: the node must not run on it. */
    CORRUPTED,
    /** The storage engine failed (disk full, permissions, I/O). */
    IO,
    /** The store was closed. */
    CLOSED,
  }

  private final Reason reason;

  public StoreException(Reason reason, String message) {
    this(reason, message, null);
  }

  public StoreException(Reason reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
