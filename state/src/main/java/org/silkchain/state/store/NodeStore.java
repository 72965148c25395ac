package org.silkchain.state.store;

import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;

/**
 * The read side of node storage, which the state tree needs and a storage engine provides. Writes
 * do not go through this port: the tree returns them as a {@link StateDelta} or {@link PruneBatch},
 * which storage applies atomically (with the block, in one write batch).
 *
 * <p>Implementations must be safe for concurrent reads, and a read must see either all or none of
 * an applied delta.
 */
public interface NodeStore {
  /** The encoded node under {@code nodeKey} (see {@link NodeKey}), or empty if there is none. */
  Optional<Bytes> get(Bytes nodeKey);

  /**
   * Up to {@code limit} stale-index entries with {@code staleSince <= uptoVersion}, in ascending
   * order of {@link StaleNode#indexKey()}.
   */
  List<StaleNode> staleNodes(long uptoVersion, int limit);
}
