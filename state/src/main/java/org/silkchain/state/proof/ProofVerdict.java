package org.silkchain.state.proof;

/** The outcome of {@link StateProofVerifier#verify}: {@link #VALID} or why the proof fails. */
public enum ProofVerdict {
  VALID,
  /** The proof's leaf does not share the path prefix it claims to sit at: malformed. */
  LEAF_OFF_PATH,
  /** The proof hashes to another root: it is for another state or was tampered with. */
  ROOT_MISMATCH,
  /** A value was expected but the proof shows the key is absent. */
  KEY_ABSENT,
  /** Absence was expected but the proof shows the key is present. */
  KEY_PRESENT,
  /** The key is present with a value other than the expected one. */
  WRONG_VALUE;

  public boolean isValid() {
    return this == VALID;
  }
}
