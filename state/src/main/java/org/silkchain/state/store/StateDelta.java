package org.silkchain.state.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;

/**
 * Everything one state update writes, as a value, for storage to apply atomically together with its
 * block: PUT every entry of {@code nodes}, and PUT an (empty-valued) stale-index entry {@link
 * StaleNode#indexKey()} for each of {@link #staleIndexEntries()}. Nothing is deleted here: stale
 * nodes stay readable for older versions until {@link PruneBatch pruning}.
 *
 * @param version the version written; every key of {@code nodes} carries it
 * @param root the state root at {@code version}
 * @param nodes node key to encoded node, sorted (unsigned lexicographic)
 * @param staleNodeKeys keys of nodes of earlier versions that {@code version} no longer uses,
 *     sorted and distinct
 */
public record StateDelta(
    long version, Hash root, SortedMap<Bytes, Bytes> nodes, List<Bytes> staleNodeKeys) {
  public StateDelta {
    if (version < 0) {
      throw new IllegalArgumentException("negative version " + version);
    }
    Objects.requireNonNull(root, "root");
    nodes = Collections.unmodifiableSortedMap(new TreeMap<>(nodes));
    staleNodeKeys = List.copyOf(staleNodeKeys);
  }

  /** The stale-index entries to write: each stale node key, stale since {@code version}. */
  public List<StaleNode> staleIndexEntries() {
    List<StaleNode> out = new ArrayList<>(staleNodeKeys.size());
    for (Bytes key : staleNodeKeys) {
      out.add(new StaleNode(version, key));
    }
    return out;
  }
}
