package org.silkchain.state.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.state.proof.ProofLeaf;
import org.silkchain.state.proof.StateHashing;
import org.silkchain.state.proof.StateProof;
import org.silkchain.state.store.NodeKey;
import org.silkchain.state.store.NodeStore;
import org.silkchain.state.store.PruneBatch;
import org.silkchain.state.store.StateDelta;

/**
 * The authenticated, versioned key-value state (see {@link org.silkchain.state} for the design).
 *
 * <p>This object holds no state of its own: it reads nodes from a {@link NodeStore} and returns
 * writes as values ({@link StateDelta}, {@link PruneBatch}) that the caller applies to that store.
 * Versions form one linear history: each {@link #apply} builds on the latest applied version. It is
 * thread-safe when the store is; reads of committed versions may run alongside an apply.
 */
public final class StateTree {
  /** The version before the first: the empty state, readable without any stored node. */
  public static final long PRE_GENESIS_VERSION = -1;

  public static final int MAX_KEY_SIZE = 1024;
  public static final int MAX_VALUE_SIZE = 1 << 20;

  private final StateHashing hashing;
  private final NodeStore store;

  public StateTree(HashFunction hashFunction, NodeStore store) {
    this.hashing = new StateHashing(hashFunction);
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The root of the empty state: {@code H(0x40)}. */
  public Hash emptyRoot() {
    return hashing.empty();
  }

  /**
   * The state root at {@code version}.
   *
   * @throws MissingNodeException if the version was never committed or has been pruned
   */
  public Hash root(long version) {
    if (version == PRE_GENESIS_VERSION) {
      return hashing.empty();
    }
    return switch (read(NodeKey.root(version))) {
      case EmptyNode e -> hashing.empty();
      case LeafNode l -> hashing.leaf(l.path(), hashing.valueHash(l.value()));
      case InternalNode n -> n.hash(hashing);
    };
  }

  /** The value of {@code key} at {@code version}, reading one node per level of its path. */
  public Optional<Bytes> get(Bytes key, long version) {
    if (version == PRE_GENESIS_VERSION) {
      return Optional.empty();
    }
    byte[] path = hashing.path(key).bytes().unsafeArray();
    Node node = read(NodeKey.root(version));
    for (int depth = 0; ; depth++) {
      switch (node) {
        case EmptyNode e -> {
          return Optional.empty();
        }
        case LeafNode l -> {
          return Arrays.equals(l.path().bytes().unsafeArray(), path)
              ? Optional.of(l.value())
              : Optional.empty();
        }
        case InternalNode n -> {
          int slot = TreeUpdate.nibble(path, depth);
          if (!n.hasChild(slot)) {
            return Optional.empty();
          }
          node = read(NodeKey.encode(n.version(slot), path, depth + 1));
        }
      }
    }
  }

  /**
   * The value of {@code key} at {@code version} and its proof against {@link #root(long)
   * root(version)}: an inclusion proof if present, a non-inclusion proof otherwise.
   */
  public ProvedValue prove(Bytes key, long version) {
    Hash pathHash = hashing.path(key);
    if (version == PRE_GENESIS_VERSION) {
      return new ProvedValue(Optional.empty(), new StateProof(List.of(), Optional.empty()));
    }
    byte[] path = pathHash.bytes().unsafeArray();
    List<Hash> siblings = new ArrayList<>();
    Hash[] heap = new Hash[2 * InternalNode.ARITY];
    byte[] kinds = new byte[2 * InternalNode.ARITY];
    Node node = read(NodeKey.root(version));
    for (int depth = 0; ; depth++) {
      if (node instanceof EmptyNode) {
        return absent(siblings);
      }
      if (node instanceof LeafNode leaf) {
        return ending(leaf, pathHash, siblings);
      }
      InternalNode n = (InternalNode) node;
      n.merkle(hashing, heap, kinds);
      int nibble = TreeUpdate.nibble(path, depth);
      int index = 1;
      for (int level = 0; level < 4; level++) {
        int bit = (nibble >>> (3 - level)) & 1;
        int sibling = 2 * index + 1 - bit;
        siblings.add(kinds[sibling] == InternalNode.EMPTY ? hashing.empty() : heap[sibling]);
        index = 2 * index + bit;
        if (kinds[index] == InternalNode.EMPTY) {
          return absent(siblings);
        }
        if (kinds[index] == InternalNode.LEAF) {
          // The only leaf under this binary subtree: the key's own or the one occupying its place.
          int slot = onlyChild(n, index, level + 1);
          byte[] position = TreeUpdate.withNibble(path, depth, slot);
          Node found = read(NodeKey.encode(n.version(slot), position, depth + 1));
          if (!(found instanceof LeafNode leaf)) {
            throw new IllegalStateException("slot " + slot + " of a node is not a leaf");
          }
          return ending(leaf, pathHash, siblings);
        }
      }
      node = read(NodeKey.encode(n.version(nibble), path, depth + 1));
    }
  }

  /** The one occupied slot under heap {@code index} at binary {@code level} (1..4) of a node. */
  private static int onlyChild(InternalNode n, int index, int level) {
    int width = InternalNode.ARITY >>> level;
    int first = (index - (1 << level)) * width;
    for (int slot = first; slot < first + width; slot++) {
      if (n.hasChild(slot)) {
        return slot;
      }
    }
    throw new IllegalStateException("no child under a non-empty subtree");
  }

  private static ProvedValue absent(List<Hash> siblings) {
    return new ProvedValue(Optional.empty(), new StateProof(siblings, Optional.empty()));
  }

  private ProvedValue ending(LeafNode leaf, Hash path, List<Hash> siblings) {
    StateProof proof =
        new StateProof(
            siblings, Optional.of(new ProofLeaf(leaf.path(), hashing.valueHash(leaf.value()))));
    return new ProvedValue(
        leaf.path().equals(path) ? Optional.of(leaf.value()) : Optional.empty(), proof);
  }

  /**
   * Computes version {@code newVersion} from {@code baseVersion} (the latest applied, or {@link
   * #PRE_GENESIS_VERSION}) and {@code changes}: key to new value, or {@code Optional.empty()} to
   * delete. Deleting an absent key or re-putting the same value is allowed and changes nothing.
   * Reads only the nodes on the changed paths (plus a sibling leaf that moves up after a delete);
   * writes nothing: the caller applies the returned delta to the store.
   *
   * @throws IllegalArgumentException if {@code newVersion <= baseVersion} or a key or value is over
   *     {@link #MAX_KEY_SIZE} or {@link #MAX_VALUE_SIZE}
   * @throws MissingNodeException if {@code baseVersion} is not readable
   */
  public StateDelta apply(
      long baseVersion, long newVersion, SortedMap<Bytes, Optional<Bytes>> changes) {
    if (baseVersion < PRE_GENESIS_VERSION || newVersion <= baseVersion) {
      throw new IllegalArgumentException(
          "new version " + newVersion + " must follow base version " + baseVersion);
    }
    TreeUpdate.Change[] sorted = new TreeUpdate.Change[changes.size()];
    int i = 0;
    for (Map.Entry<Bytes, Optional<Bytes>> e : changes.entrySet()) {
      Bytes key = e.getKey();
      Bytes value = e.getValue().orElse(null);
      if (key.size() > MAX_KEY_SIZE) {
        throw new IllegalArgumentException(
            "key of " + key.size() + " bytes exceeds " + MAX_KEY_SIZE);
      }
      if (value != null && value.size() > MAX_VALUE_SIZE) {
        throw new IllegalArgumentException(
            "value of " + value.size() + " bytes for key " + key + " exceeds " + MAX_VALUE_SIZE);
      }
      sorted[i++] = new TreeUpdate.Change(hashing.path(key), key, value);
    }
    Arrays.sort(sorted, (a, b) -> Arrays.compareUnsigned(a.pathBytes, b.pathBytes));
    for (int j = 1; j < sorted.length; j++) {
      if (Arrays.equals(sorted[j - 1].pathBytes, sorted[j].pathBytes)) {
        throw new IllegalArgumentException(
            "keys " + sorted[j - 1].key + " and " + sorted[j].key + " have the same path");
      }
    }
    return new TreeUpdate(hashing, store, newVersion, sorted).run(baseVersion);
  }

  /**
   * The next deletions (at most {@code maxNodes}) that make versions before {@code uptoVersion}
   * unreadable while keeping {@code uptoVersion} and every later version whole: the nodes that
   * became stale at or before {@code uptoVersion}. Call again after applying each batch until one
   * is empty. {@code uptoVersion} must not exceed the latest applied version.
   */
  public PruneBatch prune(long uptoVersion, int maxNodes) {
    if (maxNodes <= 0) {
      throw new IllegalArgumentException("maxNodes must be positive, got " + maxNodes);
    }
    return new PruneBatch(uptoVersion, store.staleNodes(uptoVersion, maxNodes));
  }

  private Node read(Bytes key) {
    Bytes encoded = store.get(key).orElseThrow(() -> new MissingNodeException(key));
    return NodeCodec.INSTANCE.decode(encoded);
  }
}
