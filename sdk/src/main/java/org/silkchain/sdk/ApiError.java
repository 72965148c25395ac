package org.silkchain.sdk;

import java.util.Optional;

/**
 * A refusal by the node ({@code {"error": {"code", "message", "field"?}}}) or a failure to reach it
 * ({@code status} 0, code {@code UNREACHABLE}; {@code TIMEOUT} when a wait ran out). {@link #code}
 * is the node's stable code: switch on it, not on the message.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final String field;

  public ApiError(int status, String code, String message, String field) {
    super(code + ": " + message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  ApiError(String code, String message, Throwable cause) {
    super(code + ": " + message, cause);
    this.status = 0;
    this.code = code;
    this.field = null;
  }

  /** The HTTP status, or 0 when the node was not reached. */
  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The body field, parameter or header at fault, when the node names one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
