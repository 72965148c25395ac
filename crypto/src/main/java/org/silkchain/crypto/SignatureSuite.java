package org.silkchain.crypto;

import java.security.SecureRandom;
import org.silkchain.codec.Bytes;

/**
 * One network-wide choice of signature scheme and hash, fixed at genesis. Implementations are
 * stateless and thread-safe.
 */
public interface SignatureSuite {
  SuiteId id();

  /** The hash used for ids, Merkle trees and state roots on a network of this suite. */
  HashFunction hash();

  KeyPair generate(SecureRandom random);

  /**
   * Rebuilds the key pair from its private key.
   *
   * @throws IllegalArgumentException if the key is of another suite, or (SM2) its scalar is not in
   *     {@code [1, n-2]}
   */
  KeyPair fromPrivate(PrivateKey key);

  Signature sign(PrivateKey key, Bytes message);

  /**
   * Strict verification: false for a wrong key, message or signature, and for non-canonical
   * signatures (Ed25519 S not below the group order, SM2 r or s out of range). Never throws for bad
   * input.
   */
  boolean verify(PublicKey key, Bytes message, Signature signature);

  /**
   * Checks that {@code encoded} is a valid public key of this suite: Ed25519 a canonical encoding
   * of a point in the prime-order subgroup; SM2 a 33-byte compressed point on the curve.
   *
   * @throws IllegalArgumentException otherwise
   */
  PublicKey publicKey(Bytes encoded);

  static SignatureSuite of(SuiteId id) {
    return switch (id) {
      case ED25519 -> Ed25519Suite.INSTANCE;
      case SM2_SM3 -> Sm2Suite.INSTANCE;
    };
  }
}
