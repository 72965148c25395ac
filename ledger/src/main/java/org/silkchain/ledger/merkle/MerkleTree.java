package org.silkchain.ledger.merkle;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

/**
 * A binary Merkle tree over an ordered list of leaves, exactly RFC 6962's Merkle Tree Hash: a list
 * of n > 1 leaves splits at k, the largest power of two below n, into a left subtree of k leaves
 * and a right subtree of the rest. An odd node is never duplicated, so two different lists never
 * share a root (unlike Bitcoin's tree, where {@code [a, b, c]} and {@code [a, b, c, c]} do).
 *
 * <p>Built bottom-up: pairing neighbours level by level and carrying a lone last node up unchanged
 * yields the same tree as the recursive split, in n - 1 node hashes. The levels are kept so that
 * each inclusion proof costs O(log n).
 */
public final class MerkleTree {
  private final HashFunction hash;

  /** levels.get(0) holds the leaf hashes; the last level holds the root alone. */
  private final List<Hash[]> levels;

  private MerkleTree(HashFunction hash, Hash[] leafHashes) {
    this.hash = hash;
    this.levels = new ArrayList<>();
    Hash[] level = leafHashes;
    levels.add(level);
    while (level.length > 1) {
      level = parents(hash, level, level.length, new Hash[(level.length + 1) / 2]);
      levels.add(level);
    }
  }

  /** A tree over {@code leaves}, each hashed as {@link MerkleHashes#leaf}. */
  public static MerkleTree of(HashFunction hash, List<Bytes> leaves) {
    return new MerkleTree(hash, leafHashes(hash, leaves));
  }

  /** A tree whose leaves are already hashed (each must be a {@link MerkleHashes#leaf} result). */
  public static MerkleTree ofLeafHashes(HashFunction hash, List<Hash> leafHashes) {
    return new MerkleTree(hash, leafHashes.toArray(Hash[]::new));
  }

  /** The root of {@code leaves} without keeping the tree: n leaf and n - 1 node hashes. */
  public static Hash root(HashFunction hash, List<Bytes> leaves) {
    Hash[] level = leafHashes(hash, leaves);
    if (level.length == 0) {
      return MerkleHashes.empty(hash);
    }
    int n = level.length;
    while (n > 1) {
      // Parents overwrite the front of the same array: parent i reads children 2i and 2i + 1,
      // which are never below i, so nothing is overwritten before it is read.
      parents(hash, level, n, level);
      n = (n + 1) / 2;
    }
    return level[0];
  }

  public int size() {
    return levels.get(0).length;
  }

  public Hash root() {
    Hash[] top = levels.get(levels.size() - 1);
    return top.length == 0 ? MerkleHashes.empty(hash) : top[0];
  }

  public Hash leafHash(int index) {
    return levels.get(0)[index];
  }

  /**
   * The RFC 6962 audit path of leaf {@code index}: sibling hashes from the leaf up to the root. A
   * node without a sibling (the last of an odd level) was carried up, and contributes nothing.
   */
  public MerkleProof proof(int index) {
    int size = size();
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("leaf " + index + " of a tree of " + size);
    }
    List<Hash> path = new ArrayList<>(levels.size());
    int i = index;
    for (int depth = 0; depth < levels.size() - 1; depth++) {
      Hash[] level = levels.get(depth);
      int sibling = i ^ 1;
      if (sibling < level.length) {
        path.add(level[sibling]);
      }
      i >>= 1;
    }
    return new MerkleProof(index, size, path);
  }

  private static Hash[] leafHashes(HashFunction hash, List<Bytes> leaves) {
    Hash[] out = new Hash[leaves.size()];
    int i = 0;
    for (Bytes leaf : leaves) {
      out[i++] = MerkleHashes.leaf(hash, leaf);
    }
    return out;
  }

  /** Writes the parents of the first {@code n} nodes of {@code level} into {@code out}. */
  private static Hash[] parents(HashFunction hash, Hash[] level, int n, Hash[] out) {
    for (int i = 0; i + 1 < n; i += 2) {
      out[i / 2] = MerkleHashes.node(hash, level[i], level[i + 1]);
    }
    if ((n & 1) == 1) {
      out[n / 2] = level[n - 1];
    }
    return out;
  }
}
