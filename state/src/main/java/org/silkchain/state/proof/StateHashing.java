package org.silkchain.state.proof;

import java.util.Objects;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

/**
 * The hashing rules of the state tree, shared by the tree and the standalone verifier so that the
 * two can never disagree.
 *
 * <ul>
 *   <li>key path: {@code H(key)}; value hash: {@code H(value)};
 *   <li>empty subtree: {@code H(0x40)} (this is also the root of the empty state);
 *   <li>leaf: {@code H(0x41 || path || valueHash)}, committing to the full 256-bit path, so a leaf
 *       proves its key wherever in the tree it sits;
 *   <li>internal node: {@code H(0x42 || left || right)}.
 * </ul>
 *
 * The three one-byte domain tags keep empty subtrees, leaves and internal nodes apart: no preimage
 * of one kind can be read as another. Thread-safe.
 */
public final class StateHashing {
  public static final byte EMPTY_TAG = 0x40;
  public static final byte LEAF_TAG = 0x41;
  public static final byte INTERNAL_TAG = 0x42;

  private final HashFunction function;
  private final Hash empty;

  public StateHashing(HashFunction function) {
    this.function = Objects.requireNonNull(function, "function");
    this.empty = function.digest(EMPTY_TAG);
  }

  public HashFunction function() {
    return function;
  }

  /** The hash of an empty subtree, and the root of the empty state. */
  public Hash empty() {
    return empty;
  }

  /** Where {@code key} lives in the tree: its 256 bits, most significant bit first. */
  public Hash path(Bytes key) {
    return function.digest(key);
  }

  public Hash valueHash(Bytes value) {
    return function.digest(value);
  }

  public Hash leaf(Hash path, Hash valueHash) {
    return function.digest(LEAF_TAG, path.bytes(), valueHash.bytes());
  }

  public Hash internal(Hash left, Hash right) {
    return function.digest(INTERNAL_TAG, left.bytes(), right.bytes());
  }

  /** Bit {@code index} of {@code path}, 0 being the most significant bit of the first byte. */
  public static int bit(Hash path, int index) {
    return (path.bytes().get(index >>> 3) >>> (7 - (index & 7))) & 1;
  }
}
