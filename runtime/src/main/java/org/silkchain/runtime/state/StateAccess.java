package org.silkchain.runtime.state;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;

/**
 * Read access to a state version: the one thing the runtime needs from the node. The node adapts
 * its working state or {@code StateTree} version to it ({@code key -> tree.get(key, version)}).
 *
 * <p>Implementations must be deterministic: the same key gives the same answer for the whole
 * execution of a block.
 */
@FunctionalInterface
public interface StateAccess {
  Optional<Bytes> get(Bytes key);

  /** The value at {@code key} decoded with {@code codec}; stored values are trusted canonical. */
  default <T> Optional<T> read(Bytes key, Codec<T> codec) {
    return get(key).map(codec::decode);
  }

  /** The empty state. */
  static StateAccess empty() {
    return key -> Optional.empty();
  }
}
