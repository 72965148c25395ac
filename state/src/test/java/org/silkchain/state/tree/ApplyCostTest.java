package org.silkchain.state.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.state.store.InMemoryNodeStore;
import org.silkchain.state.store.StateDelta;

/** The cost of an update grows with the change set, about log16(N) nodes per changed key. */
class ApplyCostTest {
  private static final int ENTRIES = 100_000;
  private static final int CHANGES = 100;

  /**
   * log16(100 000) is about 4.2: a path has about 5 nodes, the leaf included; the top ones are
   * shared.
   */
  private static final int NODES_PER_CHANGE = 6;

  @Test
  void hundredChangesOnHundredThousandEntriesTouchAFewNodesEach() {
    InMemoryNodeStore memory = new InMemoryNodeStore();
    CountingNodeStore store = new CountingNodeStore(memory);
    StateTree tree = new StateTree(HashFunction.sha256(), store);
    SortedMap<Bytes, Optional<Bytes>> initial = new TreeMap<>();
    for (int i = 0; i < ENTRIES; i++) {
      initial.put(Bytes.utf8("account-" + i), Optional.of(Bytes.utf8("balance-" + i)));
    }
    StateDelta genesis = tree.apply(StateTree.PRE_GENESIS_VERSION, 0, initial);
    memory.apply(genesis);
    int stored = memory.nodeCount();

    // A third updates, a third inserts, a third deletes, spread over the key space.
    SortedMap<Bytes, Optional<Bytes>> changes = new TreeMap<>();
    for (int i = 0; i < CHANGES; i++) {
      int k = i * (ENTRIES / CHANGES);
      switch (i % 3) {
        case 0 -> changes.put(Bytes.utf8("account-" + k), Optional.of(Bytes.utf8("updated")));
        case 1 -> changes.put(Bytes.utf8("new-" + k), Optional.of(Bytes.utf8("created")));
        default -> changes.put(Bytes.utf8("account-" + k), Optional.empty());
      }
    }
    store.reset();
    StateDelta delta = tree.apply(0, 1, changes);

    assertThat(delta.nodes().size()).isLessThan(CHANGES * NODES_PER_CHANGE);
    assertThat(delta.staleNodeKeys().size()).isLessThan(CHANGES * NODES_PER_CHANGE);
    assertThat(store.reads()).isLessThan(CHANGES * NODES_PER_CHANGE);
    // And far from rewriting the state: under 1% of what is stored.
    assertThat(delta.nodes().size()).isLessThan(stored / 100);

    memory.apply(delta);
    store.reset();
    assertThat(tree.get(Bytes.utf8("new-1000"), 1)).contains(Bytes.utf8("created"));
    assertThat(store.reads()).as("a read walks one path").isLessThanOrEqualTo(NODES_PER_CHANGE);
  }
}
