package org.silkchain.node.execution;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.silkchain.codec.Bytes;

/**
 * The state as a block's execution sees it: the committed state of the parent, plus the writes of
 * the transactions executed so far (in a sorted map, so iteration is deterministic).
 */
public final class WorkingState {
  private final Function<Bytes, Optional<Bytes>> base;
  private final TreeMap<Bytes, Optional<Bytes>> writes = new TreeMap<>();

  public WorkingState(Function<Bytes, Optional<Bytes>> base) {
    this.base = base;
  }

  public Optional<Bytes> get(Bytes key) {
    Optional<Bytes> written = writes.get(key);
    return written != null ? written : base.apply(key);
  }

  public void put(Bytes key, Bytes value) {
    writes.put(key, Optional.of(value));
  }

  /** Everything written, for {@code StateTree.apply}. */
  public SortedMap<Bytes, Optional<Bytes>> changes() {
    return Collections.unmodifiableSortedMap(writes);
  }
}
