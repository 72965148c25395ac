package org.silkchain.state.store;

import java.util.List;

/**
 * Deletions that pruning produced: for each entry, DELETE the node under {@link
 * StaleNode#nodeKey()} and the index entry {@link StaleNode#indexKey()}, atomically. Applying it
 * leaves every version {@code >= uptoVersion} fully readable.
 */
public record PruneBatch(long uptoVersion, List<StaleNode> entries) {
  public PruneBatch {
    entries = List.copyOf(entries);
  }

  /** Nothing left to prune up to {@code uptoVersion}. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
