package org.silkchain.state.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;

/**
 * A {@link NodeStore} in sorted maps, for tests and in-memory nodes. Same layout and semantics as a
 * persistent store: a node map and a stale index, deltas applied atomically. Thread-safe.
 */
public final class InMemoryNodeStore implements NodeStore {
  private final TreeMap<Bytes, Bytes> nodes = new TreeMap<>();
  private final TreeSet<Bytes> staleIndex = new TreeSet<>();

  @Override
  public synchronized Optional<Bytes> get(Bytes nodeKey) {
    return Optional.ofNullable(nodes.get(nodeKey));
  }

  @Override
  public synchronized List<StaleNode> staleNodes(long uptoVersion, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("negative limit " + limit);
    }
    List<StaleNode> out = new ArrayList<>(Math.min(limit, staleIndex.size()));
    if (uptoVersion < 0) {
      return out;
    }
    NavigableSet<Bytes> upto =
        uptoVersion == Long.MAX_VALUE
            ? staleIndex
            : staleIndex.headSet(StaleNode.versionPrefix(uptoVersion + 1), false);
    for (Bytes indexKey : upto) {
      if (out.size() == limit) {
        break;
      }
      out.add(StaleNode.decode(indexKey));
    }
    return out;
  }

  /**
   * Applies a delta atomically.
   *
   * @throws IllegalStateException if it would overwrite a node with different content, which would
   *     break the immutability every older version relies on
   */
  public synchronized void apply(StateDelta delta) {
    for (Map.Entry<Bytes, Bytes> e : delta.nodes().entrySet()) {
      Bytes existing = nodes.get(e.getKey());
      if (existing != null && !existing.equals(e.getValue())) {
        throw new IllegalStateException("node key rewritten with other content: " + e.getKey());
      }
    }
    nodes.putAll(delta.nodes());
    for (StaleNode stale : delta.staleIndexEntries()) {
      staleIndex.add(stale.indexKey());
    }
  }

  /** Applies pruning deletions atomically. */
  public synchronized void apply(PruneBatch batch) {
    for (StaleNode stale : batch.entries()) {
      nodes.remove(stale.nodeKey());
      staleIndex.remove(stale.indexKey());
    }
  }

  public synchronized int nodeCount() {
    return nodes.size();
  }

  public synchronized int staleIndexSize() {
    return staleIndex.size();
  }

  /** A snapshot of all node keys, for tests that count what is stored. */
  public synchronized List<Bytes> nodeKeys() {
    return List.copyOf(nodes.keySet());
  }
}
