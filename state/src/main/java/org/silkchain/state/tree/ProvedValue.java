package org.silkchain.state.tree;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.state.proof.StateProof;

/**
 * A key's value at a version (empty: absent) with the proof of it against that version's root, for
 * {@link org.silkchain.state.proof.StateProofVerifier#verify}.
 */
public record ProvedValue(Optional<Bytes> value, StateProof proof) {
  public ProvedValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(proof, "proof");
  }
}
