package org.silkchain.codec;

/**
 * The one error every decoder throws for input it will not accept. Hostile input must end here,
 * never in an {@code IndexOutOfBoundsException} or an {@code OutOfMemoryError}.
 */
public final class DecodeException extends RuntimeException {
  private final Reason reason;

  /** Stable reason codes; the message adds which field and which values. */
  public enum Reason {
    TRUNCATED,
    TRAILING_BYTES,
    TOO_LONG,
    TOO_MANY,
    NON_CANONICAL,
    UNKNOWN_TAG,
    UNSUPPORTED_VERSION,
    INVALID_VALUE,
    NOT_SORTED,
    DUPLICATE,
  }

  public DecodeException(Reason reason, String message) {
    super(reason + ": " + message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
