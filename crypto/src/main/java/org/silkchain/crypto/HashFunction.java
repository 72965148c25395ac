package org.silkchain.crypto;

import org.silkchain.codec.Bytes;

/**
 * A 256-bit hash function. Implementations are stateless and thread-safe. {@link #digest(byte,
 * Bytes...)} prefixes a one-byte domain tag, which is how Merkle leaves, inner nodes and other
 * structures keep their hashes apart.
 */
public interface HashFunction {
  String name();

  Hash digest(Bytes data);

  /**
   * Hash of {@code domain || parts[0] || parts[1] || ...}. The parts are concatenated without
   * lengths, so callers must make the split unambiguous: fixed-size parts, or at most one part of
   * variable size.
   */
  Hash digest(byte domain, Bytes... parts);

  static HashFunction sha256() {
    return Digests.SHA256;
  }

  static HashFunction sm3() {
    return Digests.SM3;
  }
}
