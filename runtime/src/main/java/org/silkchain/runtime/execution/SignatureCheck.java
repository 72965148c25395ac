package org.silkchain.runtime.execution;

import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.SignedTransaction;

/**
 * Whether every signature of a transaction verifies. The node passes its signature cache here, so
 * that a transaction verified on admission is not verified again; caching changes the cost, never
 * the answer.
 */
@FunctionalInterface
public interface SignatureCheck {
  boolean allValid(SignedTransaction tx);

  static SignatureCheck verifying(SignatureSuite suite) {
    return tx -> tx.verifySignatures(suite).isValid();
  }
}
