package org.silkchain.ledger.merkle;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;

/**
 * An RFC 6962 inclusion proof (audit path) of leaf {@code leafIndex} in a tree of {@code treeSize}
 * leaves: the sibling hashes from the leaf level up. Check it with {@link MerkleProofVerifier}.
 *
 * <p>Invariants: {@code 0 <= leafIndex < treeSize}, and the path has exactly {@link
 * #pathLength(long, long)} hashes, which is at most {@value #MAX_PATH_LENGTH} since a tree has
 * fewer than 2^63 leaves. A proof of the wrong shape therefore cannot even be decoded.
 */
public record MerkleProof(long leafIndex, long treeSize, List<Hash> path) {
  public static final int TYPE_TAG = 0x0306;
  public static final int VERSION = 1;
  public static final int MAX_PATH_LENGTH = 63;

  public static final Codec<MerkleProof> CODEC =
      new Codec<>() {
        @Override
        public void encode(MerkleProof p, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).u63(p.leafIndex).u63(p.treeSize).list(p.path, Hash.CODEC);
        }

        @Override
        public MerkleProof decode(CanonicalReader in) {
          in.header("merkleProof", TYPE_TAG, VERSION);
          long index = in.u63("merkleProof.leafIndex");
          long size = in.u63("merkleProof.treeSize");
          if (index >= size) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE,
                "merkleProof: leaf " + index + " outside a tree of " + size);
          }
          List<Hash> path = in.list("merkleProof.path", MAX_PATH_LENGTH, Hash.CODEC);
          int expected = pathLength(index, size);
          if (path.size() != expected) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE,
                "merkleProof.path: " + path.size() + " hashes, this shape needs " + expected);
          }
          return new MerkleProof(index, size, path);
        }
      };

  public MerkleProof {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException("leaf " + leafIndex + " outside a tree of " + treeSize);
    }
    int expected = pathLength(leafIndex, treeSize);
    if (path.size() != expected) {
      throw new IllegalArgumentException(
          "leaf "
              + leafIndex
              + " of "
              + treeSize
              + " needs "
              + expected
              + " path hashes, got "
              + path.size());
    }
    path = List.copyOf(path);
  }

  /**
   * The audit path length of leaf {@code leafIndex} in a tree of {@code treeSize}: one hash per
   * level where the leaf's ancestor has a sibling. Walks the same steps as the RFC 9162 section
   * 2.1.3.2 verifier, so a path of this length is exactly what the verifier consumes.
   */
  public static int pathLength(long leafIndex, long treeSize) {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException("leaf " + leafIndex + " outside a tree of " + treeSize);
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    int length = 0;
    while (sn != 0) {
      if ((fn & 1) == 0 && fn == sn) {
        // The last node of its level with no right sibling: climb until it becomes a right child.
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
      fn >>= 1;
      sn >>= 1;
      length++;
    }
    return length;
  }
}
