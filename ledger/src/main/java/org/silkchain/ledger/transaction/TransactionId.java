package org.silkchain.ledger.transaction;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * The id of a transaction: {@code H(TRANSACTION_ID || encoding of its body)}, signatures excluded.
 * See {@link TransactionBody#id} for why.
 */
public record TransactionId(Hash hash) implements Comparable<TransactionId> {
  public static final Codec<TransactionId> CODEC =
      new Codec<>() {
        @Override
        public void encode(TransactionId id, CanonicalWriter out) {
          Hash.CODEC.encode(id.hash, out);
        }

        @Override
        public TransactionId decode(CanonicalReader in) {
          return new TransactionId(Hash.CODEC.decode(in));
        }
      };

  public TransactionId {
    if (hash == null) {
      throw new IllegalArgumentException("transaction id needs a hash");
    }
  }

  @Override
  public int compareTo(TransactionId other) {
    return hash.compareTo(other.hash);
  }

  @Override
  public String toString() {
    return hash.toHex();
  }
}
