package org.silkchain.state.tree;

import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.state.store.NodeStore;
import org.silkchain.state.store.StaleNode;

/** Counts the node reads a tree makes. */
final class CountingNodeStore implements NodeStore {
  private final NodeStore inner;
  private int reads;

  CountingNodeStore(NodeStore inner) {
    this.inner = inner;
  }

  @Override
  public Optional<Bytes> get(Bytes nodeKey) {
    reads++;
    return inner.get(nodeKey);
  }

  @Override
  public List<StaleNode> staleNodes(long uptoVersion, int limit) {
    return inner.staleNodes(uptoVersion, limit);
  }

  int reads() {
    return reads;
  }

  void reset() {
    reads = 0;
  }
}
