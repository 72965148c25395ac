package org.silkchain.consensus.application;

import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

/**
 * The identity {@code id(v)} of a proposed value, which votes and commit certificates name. Must be
 * a deterministic, collision-resistant function of the block bytes. A node plugs in its block-hash
 * function (a header hash) so that certificates name the same hash the ledger uses; the default
 * hashes the bytes under a consensus domain tag.
 */
@FunctionalInterface
public interface ValueHasher {
  /** Domain tag of {@link #opaque}; the ledger's tags are 0x00..0x1F. */
  byte OPAQUE_VALUE_DOMAIN = 0x50;

  Hash valueId(Bytes block);

  /** {@code H(0x50 || block)}. */
  static ValueHasher opaque(HashFunction hash) {
    return block -> hash.digest(OPAQUE_VALUE_DOMAIN, block);
  }
}
