package org.silkchain.ledger.merkle;

import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.HashDomains;

/**
 * The three hashes of an RFC 6962 (Certificate Transparency) Merkle tree. Leaves and inner nodes
 * use different one-byte prefixes, so the hash of a leaf can never be presented as an inner node
 * (second-preimage attacks on the tree), and the empty tree has a root no leaf or node can have.
 */
public final class MerkleHashes {
  private MerkleHashes() {}

  /** {@code H(0x00 || data)}. */
  public static Hash leaf(HashFunction hash, Bytes data) {
    return hash.digest(HashDomains.MERKLE_LEAF, data);
  }

  /** {@code H(0x01 || left || right)}. */
  public static Hash node(HashFunction hash, Hash left, Hash right) {
    return hash.digest(HashDomains.MERKLE_NODE, left.bytes(), right.bytes());
  }

  /** The root of zero leaves: the hash of the empty string, as RFC 6962 defines it. */
  public static Hash empty(HashFunction hash) {
    return hash.digest(Bytes.EMPTY);
  }
}
