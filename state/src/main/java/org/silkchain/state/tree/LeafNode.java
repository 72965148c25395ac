package org.silkchain.state.tree;

import java.util.Objects;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;

/**
 * One key and its value. The path ({@code H(key)}) is stored so reads need not rehash the key, and
 * the key itself so that the state can be listed (state sync, exports).
 */
record LeafNode(Hash path, Bytes key, Bytes value) implements Node {
  LeafNode {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
