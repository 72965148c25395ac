package org.silkchain.state.tree;

import org.silkchain.codec.Bytes;
import org.silkchain.state.store.NodeKey;

/**
 * A node the tree needs is not in the store: the version was never committed or has been pruned
 * (when the root is missing), or the store is damaged.
 */
public final class MissingNodeException extends RuntimeException {
  private final Bytes nodeKey;

  MissingNodeException(Bytes nodeKey) {
    super(describe(nodeKey));
    this.nodeKey = nodeKey;
  }

  private static String describe(Bytes nodeKey) {
    NodeKey key = NodeKey.decode(nodeKey);
    return key.nibbles() == 0
        ? "no state root for version " + key.version() + " (never committed, or pruned)"
        : "missing node " + nodeKey + " of version " + key.version();
  }

  public Bytes nodeKey() {
    return nodeKey;
  }

  /** The version whose node is missing. */
  public long version() {
    return NodeKey.decode(nodeKey).version();
  }
}
