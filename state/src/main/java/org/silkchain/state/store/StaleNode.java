package org.silkchain.state.store;

import java.util.Objects;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;

/**
 * An entry of the stale-node index: the node under {@code nodeKey} is not part of the tree of
 * {@code staleSince} or of any later version, so it may be deleted once no version before {@code
 * staleSince} needs to be read.
 *
 * <p>Index key layout: {@code staleSince} as 8 bytes big-endian, then the node key. Ascending key
 * order is ascending {@code staleSince}, which is what pruning scans.
 */
public record StaleNode(long staleSince, Bytes nodeKey) {
  private static final int VERSION_BYTES = 8;

  public StaleNode {
    if (staleSince < 0) {
      throw new IllegalArgumentException("negative version " + staleSince);
    }
    Objects.requireNonNull(nodeKey, "nodeKey");
  }

  /** The key under which storage keeps this entry in the stale index (the value is empty). */
  public Bytes indexKey() {
    return versionPrefix(staleSince).concat(nodeKey);
  }

  /** The 8-byte big-endian prefix of all index keys of entries stale since {@code version}. */
  public static Bytes versionPrefix(long version) {
    byte[] out = new byte[VERSION_BYTES];
    for (int i = 0; i < VERSION_BYTES; i++) {
      out[i] = (byte) (version >>> (56 - 8 * i));
    }
    return Bytes.wrap(out);
  }

  /** Parses an index key written from {@link #indexKey}. */
  public static StaleNode decode(Bytes indexKey) {
    if (indexKey.size() <= VERSION_BYTES) {
      throw new DecodeException(
          DecodeException.Reason.TRUNCATED, "staleIndexKey: " + indexKey.size() + " bytes");
    }
    long version = 0;
    for (int i = 0; i < VERSION_BYTES; i++) {
      version = (version << 8) | (indexKey.get(i) & 0xFF);
    }
    if (version < 0) {
      throw new DecodeException(
          DecodeException.Reason.INVALID_VALUE, "staleIndexKey: negative version");
    }
    Bytes nodeKey = indexKey.slice(VERSION_BYTES, indexKey.size());
    NodeKey.decode(nodeKey);
    return new StaleNode(version, nodeKey);
  }
}
