package org.silkchain.state.store;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;

/**
 * Where a tree node is stored: the version that wrote it and its position, the first {@code
 * nibbles} 4-bit digits of the key paths under it.
 *
 * <p>Layout: {@code version} as 8 bytes big-endian, then {@code nibbles} as one byte (0..64), then
 * the nibbles packed two per byte, high nibble first, the unused low half of an odd last byte zero.
 * Keys therefore sort by version first (unsigned order of non-negative big-endian longs), and every
 * version's nodes form one contiguous key range. A node key is written once and never overwritten:
 * a later version writes its changed nodes under its own version.
 */
public record NodeKey(long version, int nibbles, Bytes packedPath) implements Comparable<NodeKey> {
  public static final int MAX_NIBBLES = 64;
  private static final int VERSION_BYTES = 8;

  public NodeKey {
    if (version < 0) {
      throw new IllegalArgumentException("negative version " + version);
    }
    if (nibbles < 0 || nibbles > MAX_NIBBLES) {
      throw new IllegalArgumentException("nibble count " + nibbles + " outside 0.." + MAX_NIBBLES);
    }
    if (packedPath.size() != (nibbles + 1) / 2
        || (nibbles % 2 == 1 && (packedPath.get(packedPath.size() - 1) & 0x0F) != 0)) {
      throw new IllegalArgumentException(
          "packed path does not hold exactly " + nibbles + " nibbles");
    }
  }

  /** The key of the root node of {@code version}. */
  public static Bytes root(long version) {
    return encode(version, new byte[0], 0);
  }

  /**
   * Encodes the key of the node written at {@code version} whose position is the first {@code
   * nibbles} nibbles of {@code path} (which may be longer).
   */
  public static Bytes encode(long version, byte[] path, int nibbles) {
    if (version < 0) {
      throw new IllegalArgumentException("negative version " + version);
    }
    if (nibbles < 0 || nibbles > MAX_NIBBLES || (nibbles + 1) / 2 > path.length) {
      throw new IllegalArgumentException("bad nibble count " + nibbles);
    }
    int pathBytes = (nibbles + 1) / 2;
    byte[] out = new byte[VERSION_BYTES + 1 + pathBytes];
    for (int i = 0; i < VERSION_BYTES; i++) {
      out[i] = (byte) (version >>> (56 - 8 * i));
    }
    out[VERSION_BYTES] = (byte) nibbles;
    System.arraycopy(path, 0, out, VERSION_BYTES + 1, pathBytes);
    if (nibbles % 2 == 1) {
      out[out.length - 1] &= (byte) 0xF0;
    }
    return Bytes.wrap(out);
  }

  public Bytes encode() {
    return encode(version, packedPath.unsafeArray(), nibbles);
  }

  /** Parses a stored node key; anything {@link #encode} would not produce is rejected. */
  public static NodeKey decode(Bytes key) {
    if (key.size() < VERSION_BYTES + 1) {
      throw new DecodeException(
          DecodeException.Reason.TRUNCATED, "nodeKey: " + key.size() + " bytes");
    }
    long version = 0;
    for (int i = 0; i < VERSION_BYTES; i++) {
      version = (version << 8) | (key.get(i) & 0xFF);
    }
    if (version < 0) {
      throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "nodeKey: negative version");
    }
    int nibbles = key.get(VERSION_BYTES) & 0xFF;
    if (nibbles > MAX_NIBBLES) {
      throw new DecodeException(
          DecodeException.Reason.TOO_LONG, "nodeKey: " + nibbles + " nibbles");
    }
    int pathBytes = (nibbles + 1) / 2;
    if (key.size() != VERSION_BYTES + 1 + pathBytes) {
      throw new DecodeException(
          key.size() < VERSION_BYTES + 1 + pathBytes
              ? DecodeException.Reason.TRUNCATED
              : DecodeException.Reason.TRAILING_BYTES,
          "nodeKey: " + key.size() + " bytes for " + nibbles + " nibbles");
    }
    if (nibbles % 2 == 1 && (key.get(key.size() - 1) & 0x0F) != 0) {
      throw new DecodeException(
          DecodeException.Reason.NON_CANONICAL, "nodeKey: padding nibble is not zero");
    }
    return new NodeKey(version, nibbles, key.slice(VERSION_BYTES + 1, key.size()));
  }

  /** Same order as the encoded keys. */
  @Override
  public int compareTo(NodeKey other) {
    return encode().compareTo(other.encode());
  }
}
