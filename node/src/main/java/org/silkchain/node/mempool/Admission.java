package org.silkchain.node.mempool;

import java.util.Optional;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.node.execution.RejectionCode;

/**
 * The mempool's answer to a submitted transaction: admitted (with its id), or rejected with a
 * stable code and a human detail. The id is absent only when the bytes did not decode.
 */
public record Admission(
    Optional<TransactionId> id, Optional<RejectionCode> rejection, String detail) {
  public static Admission admitted(TransactionId id) {
    return new Admission(Optional.of(id), Optional.empty(), "pending");
  }

  public static Admission rejected(TransactionId id, RejectionCode code, String detail) {
    return new Admission(Optional.ofNullable(id), Optional.of(code), detail);
  }

  public boolean isAdmitted() {
    return rejection.isEmpty();
  }
}
