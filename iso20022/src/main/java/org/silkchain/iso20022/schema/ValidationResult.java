package org.silkchain.iso20022.schema;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a document against a message schema: valid exactly when {@link
 * #errors()} is empty. At most {@link SchemaValidator#MAX_ERRORS} errors are kept.
 */
public record ValidationResult(MessageType type, List<ValidationError> errors) {
  public ValidationResult {
    Objects.requireNonNull(type, "type");
    errors = List.copyOf(errors);
  }

  /** Whether the document conforms to the schema of {@link #type()}. */
  public boolean valid() {
    return errors.isEmpty();
  }

  @Override
  public String toString() {
    return valid() ? type.identifier() + ": valid" : type.identifier() + ": " + errors;
  }
}
