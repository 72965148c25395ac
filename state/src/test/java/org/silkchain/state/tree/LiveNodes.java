package org.silkchain.state.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.state.store.NodeKey;
import org.silkchain.state.store.NodeStore;

/** Walks a version's tree and returns the keys of all nodes reachable from its root. */
final class LiveNodes {
  private LiveNodes() {}

  static TreeSet<Bytes> of(NodeStore store, long version) {
    TreeSet<Bytes> out = new TreeSet<>();
    Deque<Bytes> todo = new ArrayDeque<>();
    todo.push(NodeKey.root(version));
    while (!todo.isEmpty()) {
      Bytes key = todo.pop();
      out.add(key);
      Node node = NodeCodec.INSTANCE.decode(store.get(key).orElseThrow());
      if (node instanceof InternalNode n) {
        NodeKey parent = NodeKey.decode(key);
        byte[] path = new byte[32];
        System.arraycopy(parent.packedPath().unsafeArray(), 0, path, 0, parent.packedPath().size());
        for (int slot = 0; slot < InternalNode.ARITY; slot++) {
          if (n.hasChild(slot)) {
            byte[] child = TreeUpdate.withNibble(path, parent.nibbles(), slot);
            todo.push(NodeKey.encode(n.version(slot), child, parent.nibbles() + 1));
          }
        }
      }
    }
    return out;
  }
}
