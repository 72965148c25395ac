package org.silkchain.simulation.world;

import java.util.TreeMap;
import java.util.TreeSet;
import org.silkchain.crypto.Hash;

/**
 * Shared knowledge of colluding Byzantine validators: how they split the honest nodes (alternate
 * honest nodes in index order go to halves A and B) and, per height and round, the two values they
 * push to each half.
 */
final class Conspiracy {
  record Split(Hash forA, Hash forB) {}

  private final TreeSet<Integer> halfA = new TreeSet<>();
  private final TreeSet<Integer> halfB = new TreeSet<>();
  private final TreeSet<Integer> members;
  private final TreeMap<String, Split> splits = new TreeMap<>();

  Conspiracy(int n, TreeSet<Integer> byzantine) {
    this.members = new TreeSet<>(byzantine);
    int position = 0;
    for (int i = 0; i < n; i++) {
      if (!byzantine.contains(i)) {
        (position++ % 2 == 0 ? halfA : halfB).add(i);
      }
    }
  }

  /** Half A and the colluders themselves. */
  boolean seesA(int node) {
    return halfA.contains(node) || members.contains(node);
  }

  Split split(long height, int round) {
    return splits.get(height + "/" + round);
  }

  void plan(long height, int round, Split split) {
    splits.putIfAbsent(height + "/" + round, split);
  }
}
