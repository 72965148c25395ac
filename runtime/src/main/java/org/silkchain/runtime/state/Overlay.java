package org.silkchain.runtime.state;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;

/**
 * Writes buffered over a base state: reads see the buffered writes first. A transaction runs in an
 * overlay over the block's overlay and is merged only if it succeeds, which is what makes it
 * atomic.
 *
 * <p>A deletion is buffered as an empty {@code Optional}, the form {@code StateTree.apply} takes.
 * Writes are kept in a {@link TreeMap}, so iteration is in key order and deterministic.
 */
public final class Overlay implements StateAccess {
  private final StateAccess base;
  private final TreeMap<Bytes, Optional<Bytes>> writes = new TreeMap<>();

  public Overlay(StateAccess base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    Optional<Bytes> written = writes.get(key);
    return written != null ? written : base.get(key);
  }

  public void put(Bytes key, Bytes value) {
    writes.put(key, Optional.of(value));
  }

  public void delete(Bytes key) {
    writes.put(key, Optional.empty());
  }

  /** Applies every write of {@code child} to this overlay (a successful nested execution). */
  public void merge(Overlay child) {
    writes.putAll(child.writes);
  }

  /** Applies writes given as a map, such as a transaction's result. */
  public void applyAll(Map<Bytes, Optional<Bytes>> changes) {
    writes.putAll(changes);
  }

  public int size() {
    return writes.size();
  }

  /** An immutable sorted copy of the writes. */
  public SortedMap<Bytes, Optional<Bytes>> writes() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(writes));
  }
}
