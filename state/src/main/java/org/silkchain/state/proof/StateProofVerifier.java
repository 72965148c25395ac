package org.silkchain.state.proof;

import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

/**
 * Checks a {@link StateProof} knowing only a trusted state root: what a light client does. Depends
 * on nothing of the tree but {@link StateHashing}.
 *
 * <p>Soundness rests on the domain tags: the hash at each depth along the key's path is bound by
 * the root, and an empty subtree, a leaf (committing to its full path) and an internal node can
 * never share a hash. So a proof ending at an empty subtree, or at a leaf of another key whose path
 * shares the walked prefix, shows the key is absent; one ending at the key's own leaf shows its
 * value hash.
 */
public final class StateProofVerifier {
  private StateProofVerifier() {}

  /**
   * Checks that, in the state with root {@code root}, {@code key} has {@code expectedValue} (empty:
   * the key is absent).
   */
  public static ProofVerdict verify(
      HashFunction function,
      Hash root,
      Bytes key,
      Optional<Bytes> expectedValue,
      StateProof proof) {
    StateHashing hashing = new StateHashing(function);
    Hash path = hashing.path(key);
    List<Hash> siblings = proof.siblings();
    int depth = siblings.size();
    Hash node;
    if (proof.leaf().isPresent()) {
      ProofLeaf leaf = proof.leaf().get();
      if (!sharePrefix(leaf.path(), path, depth)) {
        return ProofVerdict.LEAF_OFF_PATH;
      }
      node = hashing.leaf(leaf.path(), leaf.valueHash());
    } else {
      node = hashing.empty();
    }
    for (int i = depth - 1; i >= 0; i--) {
      node =
          StateHashing.bit(path, i) == 0
              ? hashing.internal(node, siblings.get(i))
              : hashing.internal(siblings.get(i), node);
    }
    if (!node.equals(root)) {
      return ProofVerdict.ROOT_MISMATCH;
    }
    boolean present = proof.leaf().isPresent() && proof.leaf().get().path().equals(path);
    if (expectedValue.isEmpty()) {
      return present ? ProofVerdict.KEY_PRESENT : ProofVerdict.VALID;
    }
    if (!present) {
      return ProofVerdict.KEY_ABSENT;
    }
    return hashing.valueHash(expectedValue.get()).equals(proof.leaf().get().valueHash())
        ? ProofVerdict.VALID
        : ProofVerdict.WRONG_VALUE;
  }

  private static boolean sharePrefix(Hash a, Hash b, int bits) {
    for (int i = 0; i < bits; i++) {
      if (StateHashing.bit(a, i) != StateHashing.bit(b, i)) {
        return false;
      }
    }
    return true;
  }
}
