package org.silkchain.state.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;

class InMemoryNodeStoreTest {
  private final InMemoryNodeStore store = new InMemoryNodeStore();

  private static StateDelta delta(long version, List<Bytes> stale, Bytes... nodes) {
    TreeMap<Bytes, Bytes> puts = new TreeMap<>();
    for (Bytes node : nodes) {
      puts.put(node, Bytes.utf8("node@" + version));
    }
    return new StateDelta(version, Hash.ZERO, puts, stale);
  }

  @Test
  void refusesToRewriteANodeWithOtherContent() {
    store.apply(delta(1, List.of(), NodeKey.root(1)));
    store.apply(delta(1, List.of(), NodeKey.root(1)));
    TreeMap<Bytes, Bytes> other = new TreeMap<>();
    other.put(NodeKey.root(1), Bytes.utf8("different"));
    assertThatThrownBy(() -> store.apply(new StateDelta(1, Hash.ZERO, other, List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rewritten");
    assertThat(store.get(NodeKey.root(1))).contains(Bytes.utf8("node@1"));
  }

  @Test
  void listsStaleNodesInVersionOrderUpToAVersionAndALimit() {
    store.apply(delta(1, List.of(), NodeKey.root(1)));
    store.apply(delta(2, List.of(NodeKey.root(1)), NodeKey.root(2)));
    store.apply(delta(3, List.of(NodeKey.root(2)), NodeKey.root(3)));
    assertThat(store.staleNodes(1, 10)).isEmpty();
    assertThat(store.staleNodes(2, 10)).containsExactly(new StaleNode(2, NodeKey.root(1)));
    assertThat(store.staleNodes(Long.MAX_VALUE, 10))
        .containsExactly(new StaleNode(2, NodeKey.root(1)), new StaleNode(3, NodeKey.root(2)));
    assertThat(store.staleNodes(3, 1)).containsExactly(new StaleNode(2, NodeKey.root(1)));

    store.apply(new PruneBatch(3, store.staleNodes(3, 10)));
    assertThat(store.nodeKeys()).containsExactly(NodeKey.root(3));
    assertThat(store.staleIndexSize()).isZero();
  }
}
