package org.silkchain.node.api;

import java.util.Optional;

/**
 * A refusal the API answers as {@code {"error": {"code", "message", "field"?}}}. Handlers throw it;
 * the router renders it. The codes are stable (clients switch on them; docs/api.md lists them), the
 * messages are for people.
 */
final class ApiException extends Exception {
  private final int status;
  private final String code;
  private final String field;

  ApiException(int status, String code, String message, String field) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message, null);
  }

  /** A problem with one named field (of the JSON body, a path segment or a query parameter). */
  static ApiException field(String code, String field, String message) {
    return new ApiException(400, code, field + ": " + message, field);
  }

  static ApiException notFound(String code, String message) {
    return new ApiException(404, code, message, null);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
