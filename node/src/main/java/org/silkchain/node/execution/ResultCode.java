package org.silkchain.node.execution;

import java.util.Optional;

/** The outcome of a committed transaction; the names are stable codes clients see. */
public enum ResultCode {
  OK(0),
  /** No module of this runtime handles the payload's module and action; the nonce is consumed. */
  UNKNOWN_MODULE(1),
  /** The module could not decode the payload body; the nonce is consumed. */
  INVALID_BODY(2);

  private final int code;

  ResultCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<ResultCode> fromCode(int code) {
    for (ResultCode r : values()) {
      if (r.code == code) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
