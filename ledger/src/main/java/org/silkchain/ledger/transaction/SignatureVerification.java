package org.silkchain.ledger.transaction;

import org.silkchain.crypto.PublicKey;

/**
 * The outcome of {@link SignedTransaction#verifySignatures}: all valid, or the first signature (in
 * encoding order) that is not, with why.
 */
public sealed interface SignatureVerification {
  /** Why one signature was rejected; the names are stable codes. */
  enum Failure {
    /** The signer's key belongs to another suite than the network's. */
    WRONG_SUITE,
    /** The signature does not verify over this body's sign bytes with the signer's key. */
    BAD_SIGNATURE,
  }

  record Valid() implements SignatureVerification {}

  /**
   * @param index position of the failing signature in {@link SignedTransaction#signatures()}
   */
  record Invalid(int index, PublicKey signer, Failure failure) implements SignatureVerification {}

  SignatureVerification VALID = new Valid();

  default boolean isValid() {
    return this instanceof Valid;
  }
}
