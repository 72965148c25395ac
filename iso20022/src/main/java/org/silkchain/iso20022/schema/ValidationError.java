package org.silkchain.iso20022.schema;

import java.util.Objects;

/**
 * One way a document breaks its schema, as the validator reported it.
 *
 * @param line 1-based line of the document, or -1 if unknown
 * @param column 1-based column, or -1 if unknown
 * @param message the validator's explanation, for example {@code cvc-complex-type.2.4.a: Invalid
 *     content was found starting with element 'Cdtr'...}
 */
public record ValidationError(int line, int column, String message) {
  public ValidationError {
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return line + ":" + column + ": " + message;
  }
}
