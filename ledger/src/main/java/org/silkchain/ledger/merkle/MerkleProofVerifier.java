package org.silkchain.ledger.merkle;

import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

/**
 * Checks an inclusion proof against a root, with nothing but the proof: the algorithm of RFC 9162
 * section 2.1.3.2 (the same tree as RFC 6962). A light client needs only this class, {@link
 * MerkleHashes} and {@link MerkleProof}.
 *
 * <p>A root does not commit to its tree size, and a proof verified with a wrong size may place a
 * leaf at a wrong index: leaf 2 of 3 and leaf 1 of 2 have the same path and the same root. When the
 * index matters, take the size from something authenticated (a block header's transaction count)
 * and use the overloads that check it.
 *
 * <p>It re-checks the proof's shape itself rather than trusting {@link MerkleProof}'s constructor,
 * and never throws for a proof that does not verify.
 */
public final class MerkleProofVerifier {
  private MerkleProofVerifier() {}

  /**
   * True when {@code leafData} is leaf {@code proof.leafIndex()} of the tree of {@code treeSize}
   * leaves with {@code root}.
   */
  public static boolean verify(
      HashFunction hash, Hash root, long treeSize, Bytes leafData, MerkleProof proof) {
    return proof.treeSize() == treeSize && verify(hash, root, leafData, proof);
  }

  /**
   * True when {@code leafData} is in the tree with {@code root}, at {@code proof.leafIndex()} if
   * the tree has {@code proof.treeSize()} leaves (see the class comment).
   */
  public static boolean verify(HashFunction hash, Hash root, Bytes leafData, MerkleProof proof) {
    return verifyLeafHash(hash, root, MerkleHashes.leaf(hash, leafData), proof);
  }

  /**
   * Like {@link #verify} for a caller holding only {@code H(0x00 || leafData)}. The caller must be
   * sure it is a leaf hash: an inner node passed here, with a matching smaller tree size, would
   * verify. Prefer {@link #verify}, where the leaf prefix rules that out.
   */
  public static boolean verifyLeafHash(
      HashFunction hash, Hash root, Hash leafHash, MerkleProof proof) {
    long fn = proof.leafIndex();
    long sn = proof.treeSize() - 1;
    if (fn < 0 || fn > sn) {
      return false;
    }
    Hash r = leafHash;
    for (Hash p : proof.path()) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleHashes.node(hash, p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = MerkleHashes.node(hash, r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && r.equals(root);
  }
}
