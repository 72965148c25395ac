package org.silkchain.state.tree;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.state.proof.StateHashing;
import org.silkchain.state.store.NodeKey;
import org.silkchain.state.store.NodeStore;
import org.silkchain.state.store.StateDelta;

/**
 * One batch update: the changes sorted by path, applied in a single depth-first pass that visits
 * each node on a changed path once, hashes each new node once, and reads nothing else except a
 * sibling leaf that must move up when its neighbour is deleted.
 *
 * <p>The shape it produces is canonical (a function of the key set only): an internal node exists
 * at a position iff at least two keys lie under it; a leaf sits at the shallowest position where it
 * is alone. Nodes never change in place: every changed or moved node is written under the new
 * version and its old key recorded as stale.
 */
final class TreeUpdate {
  /** One change; {@code value == null} deletes. */
  static final class Change {
    final Hash path;
    final byte[] pathBytes;
    final Bytes key;
    final Bytes value;

    /** Set when the change puts the value the key already has: nothing to write. */
    boolean noop;

    Change(Hash path, Bytes key, Bytes value) {
      this.path = path;
      this.pathBytes = path.bytes().unsafeArray();
      this.key = key;
      this.value = value;
    }

    boolean isPut() {
      return value != null && !noop;
    }
  }

  /** What a subtree became. */
  private sealed interface Sub permits Empty, LeafSub, InternalSub {}

  private enum Empty implements Sub {
    INSTANCE
  }

  /**
   * A leaf, either still stored under {@code storedKey} at position depth {@code storedDepth}
   * ({@code leaf} loaded lazily), or new ({@code storedKey == null}).
   */
  private static final class LeafSub implements Sub {
    final Hash hash;
    final long version;
    final Bytes storedKey;
    final int storedDepth;
    LeafNode leaf;

    LeafSub(Hash hash, long version, Bytes storedKey, int storedDepth, LeafNode leaf) {
      this.hash = hash;
      this.version = version;
      this.storedKey = storedKey;
      this.storedDepth = storedDepth;
      this.leaf = leaf;
    }
  }

  /** An internal node at the visited position; {@code changed}: written under the new version. */
  private record InternalSub(Hash hash, long version, boolean changed) implements Sub {}

  private final StateHashing hashing;
  private final NodeStore store;
  private final long newVersion;
  private final Change[] changes;
  private final TreeMap<Bytes, Bytes> puts = new TreeMap<>();
  private final TreeSet<Bytes> stale = new TreeSet<>();

  /** {@code changes} must be sorted by path, paths distinct. */
  TreeUpdate(StateHashing hashing, NodeStore store, long newVersion, Change[] changes) {
    this.hashing = hashing;
    this.store = store;
    this.newVersion = newVersion;
    this.changes = changes;
  }

  StateDelta run(long baseVersion) {
    int n = changes.length;
    Bytes oldRootKey = null;
    Node oldRoot = EmptyNode.INSTANCE;
    if (baseVersion != StateTree.PRE_GENESIS_VERSION) {
      oldRootKey = NodeKey.root(baseVersion);
      oldRoot = read(oldRootKey);
      stale.add(oldRootKey);
    }
    Sub result =
        switch (oldRoot) {
          case EmptyNode e -> build(0, 0, n, null);
          case LeafNode l ->
              updateLeaf(new LeafSub(leafHash(l), baseVersion, oldRootKey, 0, l), 0, 0, n);
          case InternalNode node ->
              updateInternal(node, baseVersion, node.hash(hashing), oldRootKey, 0, 0, n);
        };
    Bytes rootKey = NodeKey.root(newVersion);
    Hash root;
    switch (result) {
      case Empty e -> {
        puts.put(rootKey, NodeCodec.encodeNode(EmptyNode.INSTANCE));
        root = hashing.empty();
      }
      case LeafSub leaf -> {
        // Even an unchanged root leaf is copied: every version has its own root node.
        puts.put(rootKey, NodeCodec.encodeNode(load(leaf)));
        if (leaf.storedKey != null) {
          stale.add(leaf.storedKey);
        }
        root = leaf.hash;
      }
      case InternalSub internal -> {
        if (!internal.changed()) {
          puts.put(rootKey, NodeCodec.encodeNode(oldRoot));
        }
        root = internal.hash();
      }
    }
    return new StateDelta(newVersion, root, puts, List.copyOf(stale));
  }

  /** The subtree at {@code depth} was the (loaded) leaf {@code existing}; apply changes to it. */
  private Sub updateLeaf(LeafSub existing, int depth, int lo, int hi) {
    LeafNode leaf = load(existing);
    LeafSub carried = existing;
    int at = find(leaf.path(), lo, hi);
    if (at >= 0) {
      Change c = changes[at];
      if (c.value != null && c.value.equals(leaf.value())) {
        c.noop = true;
      } else {
        stale.add(existing.storedKey);
        carried = null;
      }
    }
    return build(depth, lo, hi, carried);
  }

  /**
   * Builds the subtree at {@code depth} from the puts in {@code [lo, hi)} plus, if not null, one
   * leaf already there ({@code carried}, loaded, not overridden by any change).
   */
  private Sub build(int depth, int lo, int hi, LeafSub carried) {
    int count = carried == null ? 0 : 1;
    int single = -1;
    for (int i = lo; i < hi && count < 2; i++) {
      if (changes[i].isPut()) {
        count++;
        single = i;
      }
    }
    if (count == 0) {
      return Empty.INSTANCE;
    }
    if (count == 1) {
      return carried != null ? carried : newLeaf(changes[single]);
    }
    // Two or more keys: an internal node here. lo < hi since at most one item is carried.
    Sub[] subs = new Sub[InternalNode.ARITY];
    int carriedSlot =
        carried == null ? -1 : nibble(carried.leaf.path().bytes().unsafeArray(), depth);
    int i = lo;
    for (int slot = 0; slot < InternalNode.ARITY; slot++) {
      int j = i;
      while (j < hi && nibble(changes[j].pathBytes, depth) == slot) {
        j++;
      }
      LeafSub slotCarried = slot == carriedSlot ? carried : null;
      if (j > i || slotCarried != null) {
        subs[slot] = build(depth + 1, i, j, slotCarried);
      }
      i = j;
    }
    return writeInternal(depth, changes[lo].pathBytes, subs, null);
  }

  private Sub updateInternal(
      InternalNode node, long version, Hash hash, Bytes nodeKey, int depth, int lo, int hi) {
    Sub[] subs = new Sub[InternalNode.ARITY];
    boolean changed = false;
    int i = lo;
    while (i < hi) {
      int slot = nibble(changes[i].pathBytes, depth);
      int j = i + 1;
      while (j < hi && nibble(changes[j].pathBytes, depth) == slot) {
        j++;
      }
      Sub sub;
      if (!node.hasChild(slot)) {
        sub = build(depth + 1, i, j, null);
        changed |= sub != Empty.INSTANCE;
      } else {
        long childVersion = node.version(slot);
        Bytes childKey = NodeKey.encode(childVersion, changes[i].pathBytes, depth + 1);
        if (node.isLeaf(slot)) {
          LeafSub existing = new LeafSub(node.hash(slot), childVersion, childKey, depth + 1, null);
          sub = updateLeaf(existing, depth + 1, i, j);
          changed |= sub != existing;
        } else {
          InternalNode child = readInternal(childKey);
          sub = updateInternal(child, childVersion, node.hash(slot), childKey, depth + 1, i, j);
          changed |= !(sub instanceof InternalSub s && !s.changed());
        }
      }
      subs[slot] = sub;
      i = j;
    }
    if (!changed) {
      return new InternalSub(hash, version, false);
    }
    stale.add(nodeKey);
    int remaining = 0;
    int lastSlot = -1;
    for (int slot = 0; slot < InternalNode.ARITY; slot++) {
      boolean present = subs[slot] != null ? subs[slot] != Empty.INSTANCE : node.hasChild(slot);
      if (present) {
        remaining++;
        lastSlot = slot;
      }
    }
    if (remaining == 0) {
      return Empty.INSTANCE;
    }
    if (remaining == 1) {
      Sub only = subs[lastSlot];
      if (only instanceof LeafSub leaf) {
        return leaf;
      }
      if (only == null && node.isLeaf(lastSlot)) {
        // An untouched sibling leaf left alone: it moves up, so it must be read and rewritten.
        byte[] position = withNibble(changes[lo].pathBytes, depth, lastSlot);
        long v = node.version(lastSlot);
        return new LeafSub(
            node.hash(lastSlot), v, NodeKey.encode(v, position, depth + 1), depth + 1, null);
      }
    }
    return writeInternal(depth, changes[lo].pathBytes, subs, node);
  }

  /**
   * Writes the internal node at {@code depth} under {@code path}'s prefix, its children being
   * {@code subs} and, where a sub is null, {@code old}'s unchanged child.
   */
  private InternalSub writeInternal(int depth, byte[] path, Sub[] subs, InternalNode old) {
    int childMask = 0;
    int leafMask = 0;
    long[] versions = new long[InternalNode.ARITY];
    Hash[] hashes = new Hash[InternalNode.ARITY];
    for (int slot = 0; slot < InternalNode.ARITY; slot++) {
      Sub sub = subs[slot];
      int bit = 1 << slot;
      if (sub == null) {
        if (old != null && old.hasChild(slot)) {
          childMask |= bit;
          leafMask |= old.isLeaf(slot) ? bit : 0;
          versions[slot] = old.version(slot);
          hashes[slot] = old.hash(slot);
        }
        continue;
      }
      switch (sub) {
        case Empty e -> {}
        case InternalSub in -> {
          childMask |= bit;
          versions[slot] = in.version();
          hashes[slot] = in.hash();
        }
        case LeafSub leaf -> {
          childMask |= bit;
          leafMask |= bit;
          versions[slot] = place(leaf, depth + 1);
          hashes[slot] = leaf.hash;
        }
      }
    }
    InternalNode node = new InternalNode(childMask, leafMask, versions, hashes);
    puts.put(NodeKey.encode(newVersion, path, depth), NodeCodec.encodeNode(node));
    return new InternalSub(node.hash(hashing), newVersion, true);
  }

  /** Puts a leaf at position depth {@code depth}; returns the version of its stored node. */
  private long place(LeafSub leaf, int depth) {
    if (leaf.storedKey != null && leaf.storedDepth == depth) {
      return leaf.version;
    }
    LeafNode node = load(leaf);
    if (leaf.storedKey != null) {
      stale.add(leaf.storedKey);
    }
    puts.put(
        NodeKey.encode(newVersion, node.path().bytes().unsafeArray(), depth),
        NodeCodec.encodeNode(node));
    return newVersion;
  }

  private LeafSub newLeaf(Change c) {
    LeafNode leaf = new LeafNode(c.path, c.key, c.value);
    return new LeafSub(leafHash(leaf), newVersion, null, -1, leaf);
  }

  private Hash leafHash(LeafNode leaf) {
    return hashing.leaf(leaf.path(), hashing.valueHash(leaf.value()));
  }

  private LeafNode load(LeafSub leaf) {
    if (leaf.leaf == null) {
      if (!(read(leaf.storedKey) instanceof LeafNode node)) {
        throw new IllegalStateException("node " + leaf.storedKey + " is not the expected leaf");
      }
      leaf.leaf = node;
    }
    return leaf.leaf;
  }

  private InternalNode readInternal(Bytes key) {
    if (!(read(key) instanceof InternalNode node)) {
      throw new IllegalStateException("node " + key + " is not the expected internal node");
    }
    return node;
  }

  private Node read(Bytes key) {
    Bytes encoded = store.get(key).orElseThrow(() -> new MissingNodeException(key));
    return NodeCodec.INSTANCE.decode(encoded);
  }

  /** Index in {@code [lo, hi)} of the change at {@code path}, or -1. */
  private int find(Hash path, int lo, int hi) {
    byte[] target = path.bytes().unsafeArray();
    int a = lo;
    int b = hi - 1;
    while (a <= b) {
      int mid = (a + b) >>> 1;
      int cmp = Arrays.compareUnsigned(changes[mid].pathBytes, target);
      if (cmp == 0) {
        return mid;
      }
      if (cmp < 0) {
        a = mid + 1;
      } else {
        b = mid - 1;
      }
    }
    return -1;
  }

  static int nibble(byte[] path, int index) {
    int b = path[index >>> 1];
    return (index & 1) == 0 ? (b >>> 4) & 0xF : b & 0xF;
  }

  /** A copy of {@code path} whose nibble {@code index} is {@code value}. */
  static byte[] withNibble(byte[] path, int index, int value) {
    byte[] out = path.clone();
    int b = out[index >>> 1];
    out[index >>> 1] = (byte) ((index & 1) == 0 ? (b & 0x0F) | (value << 4) : (b & 0xF0) | value);
    return out;
  }
}
