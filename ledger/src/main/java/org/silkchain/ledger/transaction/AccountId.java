package org.silkchain.ledger.transaction;

import java.util.Collection;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.HashDomains;

/**
 * A 32-byte account identifier, derived once from what created the account and never from its
 * current keys: keys can rotate, and multi-signature accounts have several, but the id stays.
 */
public record AccountId(Bytes bytes) implements Comparable<AccountId> {
  public static final int SIZE = 32;

  /** Bounds {@link #fromInitialKeys}; matches the most signatures a transaction may carry. */
  public static final int MAX_INITIAL_KEYS = SignedTransaction.MAX_SIGNATURES;

  public static final Codec<AccountId> CODEC =
      new Codec<>() {
        @Override
        public void encode(AccountId id, CanonicalWriter out) {
          out.fixed(id.bytes, SIZE);
        }

        @Override
        public AccountId decode(CanonicalReader in) {
          return new AccountId(in.fixed("accountId", SIZE));
        }
      };

  public AccountId {
    if (bytes.size() != SIZE) {
      throw new IllegalArgumentException(
          "an account id has " + SIZE + " bytes, got " + bytes.size());
    }
  }

  /**
   * {@code H(ACCOUNT_ID || creationRecord)}. The accounts module defines the creation record (the
   * canonical encoding of the initial keys, threshold and whatever else makes an account unique);
   * this type only fixes the domain tag so that account ids live apart from all other hashes.
   */
  public static AccountId derive(HashFunction hash, Bytes creationRecord) {
    return new AccountId(hash.digest(HashDomains.ACCOUNT_ID, creationRecord).bytes());
  }

  /**
   * The id of an account created with exactly {@code keys} (1 to {@value #MAX_INITIAL_KEYS}, order
   * irrelevant, no duplicates): {@link #derive} over the set encoding of the keys.
   */
  public static AccountId fromInitialKeys(HashFunction hash, Collection<PublicKey> keys) {
    if (keys.isEmpty() || keys.size() > MAX_INITIAL_KEYS) {
      throw new IllegalArgumentException(
          "an account has 1.." + MAX_INITIAL_KEYS + " initial keys, got " + keys.size());
    }
    return derive(hash, new CanonicalWriter().set(keys, PublicKey.CODEC).toBytes());
  }

  public static AccountId fromHex(String hex) {
    return new AccountId(Bytes.fromHex(hex));
  }

  @Override
  public int compareTo(AccountId other) {
    return bytes.compareTo(other.bytes);
  }

  @Override
  public String toString() {
    return bytes.toHex();
  }
}
