package org.silkchain.state.tree;

import org.silkchain.crypto.Hash;
import org.silkchain.state.proof.StateHashing;

/**
 * A 16-way node: for each nibble value (slot) at most one child, referenced by the version that
 * wrote it (its position is this node's plus the slot), its hash and whether it is a leaf.
 *
 * <p>Invariants (checked by the decoder too): at least one child, and not a single child that is a
 * leaf, since a subtree holding one leaf is that leaf.
 *
 * <p>The node's hash is the root of the binary tree over its 16 slots, four binary levels, built
 * with the same rules as the whole tree ({@link #merkle}): so the 16-way tree has exactly the root
 * of the binary sparse Merkle tree with single-leaf subtrees collapsed.
 */
final class InternalNode implements Node {
  static final int ARITY = 16;

  static final byte EMPTY = 0;
  static final byte LEAF = 1;
  static final byte INTERNAL = 2;

  private final int childMask;
  private final int leafMask;
  private final long[] versions;
  private final Hash[] hashes;

  /** Takes ownership of the arrays (length 16; entries of absent slots are ignored). */
  InternalNode(int childMask, int leafMask, long[] versions, Hash[] hashes) {
    if (childMask == 0 || (childMask & ~0xFFFF) != 0) {
      throw new IllegalArgumentException("child mask " + Integer.toHexString(childMask));
    }
    if ((leafMask & ~childMask) != 0) {
      throw new IllegalArgumentException("leaf mask outside child mask");
    }
    if (Integer.bitCount(childMask) == 1 && leafMask != 0) {
      throw new IllegalArgumentException("a single leaf child must be collapsed into its parent");
    }
    for (int slot = 0; slot < ARITY; slot++) {
      if (hasChild(childMask, slot) && (hashes[slot] == null || versions[slot] < 0)) {
        throw new IllegalArgumentException("slot " + slot + " lacks a hash or version");
      }
    }
    this.childMask = childMask;
    this.leafMask = leafMask;
    this.versions = versions;
    this.hashes = hashes;
  }

  private static boolean hasChild(int mask, int slot) {
    return (mask & (1 << slot)) != 0;
  }

  int childMask() {
    return childMask;
  }

  int leafMask() {
    return leafMask;
  }

  boolean hasChild(int slot) {
    return hasChild(childMask, slot);
  }

  boolean isLeaf(int slot) {
    return hasChild(leafMask, slot);
  }

  long version(int slot) {
    return versions[slot];
  }

  Hash hash(int slot) {
    return hashes[slot];
  }

  Hash hash(StateHashing hashing) {
    Hash[] heap = new Hash[2 * ARITY];
    byte[] kinds = new byte[2 * ARITY];
    merkle(hashing, heap, kinds);
    return heap[1];
  }

  /**
   * Fills a heap-ordered binary tree over the slots: index 1 is the node, {@code 2i} and {@code
   * 2i+1} the halves of {@code i}, {@code 16 + slot} the slots. {@code kinds} says whether each
   * subtree is empty, a single leaf (whose hash then passes up unchanged: the collapse rule) or
   * more; {@code heap} holds its hash ({@code null} when empty).
   */
  void merkle(StateHashing hashing, Hash[] heap, byte[] kinds) {
    for (int slot = 0; slot < ARITY; slot++) {
      int i = ARITY + slot;
      if (hasChild(slot)) {
        kinds[i] = isLeaf(slot) ? LEAF : INTERNAL;
        heap[i] = hashes[slot];
      } else {
        kinds[i] = EMPTY;
        heap[i] = null;
      }
    }
    for (int i = ARITY - 1; i >= 1; i--) {
      byte left = kinds[2 * i];
      byte right = kinds[2 * i + 1];
      if (left == EMPTY && right != INTERNAL) {
        kinds[i] = right;
        heap[i] = heap[2 * i + 1];
      } else if (right == EMPTY && left == LEAF) {
        kinds[i] = LEAF;
        heap[i] = heap[2 * i];
      } else {
        kinds[i] = INTERNAL;
        heap[i] =
            hashing.internal(
                left == EMPTY ? hashing.empty() : heap[2 * i],
                right == EMPTY ? hashing.empty() : heap[2 * i + 1]);
      }
    }
  }
}
