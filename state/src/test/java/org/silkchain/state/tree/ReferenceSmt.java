package org.silkchain.state.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

/**
 * An independent, deliberately naive model of the specified root: a binary sparse Merkle tree with
 * single-leaf subtrees collapsed, hashed with the literal domain tags of the specification. It
 * shares no code with the tree, so a disagreement shows a bug in one of them.
 */
final class ReferenceSmt {
  private ReferenceSmt() {}

  static Hash root(HashFunction h, Map<Bytes, Bytes> content) {
    List<Hash[]> leaves = new ArrayList<>();
    for (Map.Entry<Bytes, Bytes> e : content.entrySet()) {
      leaves.add(new Hash[] {h.digest(e.getKey()), h.digest(e.getValue())});
    }
    leaves.sort((a, b) -> a[0].compareTo(b[0]));
    return subtree(h, leaves, 0);
  }

  private static Hash subtree(HashFunction h, List<Hash[]> leaves, int bit) {
    if (leaves.isEmpty()) {
      return h.digest((byte) 0x40);
    }
    if (leaves.size() == 1) {
      return h.digest((byte) 0x41, leaves.get(0)[0].bytes(), leaves.get(0)[1].bytes());
    }
    List<Hash[]> left = new ArrayList<>();
    List<Hash[]> right = new ArrayList<>();
    for (Hash[] leaf : leaves) {
      int b = (leaf[0].bytes().get(bit / 8) >>> (7 - bit % 8)) & 1;
      (b == 0 ? left : right).add(leaf);
    }
    return h.digest(
        (byte) 0x42, subtree(h, left, bit + 1).bytes(), subtree(h, right, bit + 1).bytes());
  }
}
