package org.silkchain.consensus.validation;

/** The outcome of validating one message or certificate. */
public sealed interface ValidationResult {
  Accepted ACCEPTED = new Accepted();

  /** The message may be used. */
  record Accepted() implements ValidationResult {}

  /** The message must not be used; {@code detail} names the values involved, for logs. */
  record Rejected(RejectReason reason, String detail) implements ValidationResult {}

  static ValidationResult reject(RejectReason reason, String detail) {
    return new Rejected(reason, detail);
  }

  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /** The reason of a rejection; throws for an accepted result. */
  default RejectReason reason() {
    if (this instanceof Rejected r) {
      return r.reason();
    }
    throw new IllegalStateException("accepted");
  }
}
