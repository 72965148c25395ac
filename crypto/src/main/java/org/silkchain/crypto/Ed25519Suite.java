package org.silkchain.crypto;

import java.security.SecureRandom;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.silkchain.codec.Bytes;

/**
 * Ed25519 (RFC 8032, pure variant) on BouncyCastle's RFC 8032 implementation, about nine times the
 * JDK's verification speed here. BouncyCastle rejects S at or above the group order and
 * non-canonical point encodings, which makes signatures non-malleable.
 */
final class Ed25519Suite implements SignatureSuite {
  static final Ed25519Suite INSTANCE = new Ed25519Suite();

  private Ed25519Suite() {
    Ed25519.precompute();
  }

  @Override
  public SuiteId id() {
    return SuiteId.ED25519;
  }

  @Override
  public HashFunction hash() {
    return HashFunction.sha256();
  }

  @Override
  public KeyPair generate(SecureRandom random) {
    byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
    random.nextBytes(seed);
    return fromPrivate(new PrivateKey(SuiteId.ED25519, Bytes.wrap(seed)));
  }

  @Override
  public KeyPair fromPrivate(PrivateKey key) {
    requireSuite(key.suite());
    byte[] pub = new byte[Ed25519.PUBLIC_KEY_SIZE];
    Ed25519.generatePublicKey(key.secret().unsafeArray(), 0, pub, 0);
    return new KeyPair(new PublicKey(SuiteId.ED25519, Bytes.wrap(pub)), key);
  }

  @Override
  public Signature sign(PrivateKey key, Bytes message) {
    requireSuite(key.suite());
    byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
    Ed25519.sign(key.secret().unsafeArray(), 0, message.unsafeArray(), 0, message.size(), sig, 0);
    return new Signature(Bytes.wrap(sig));
  }

  @Override
  public boolean verify(PublicKey key, Bytes message, Signature signature) {
    if (key.suite() != SuiteId.ED25519) {
      return false;
    }
    try {
      return Ed25519.verify(
          signature.bytes().unsafeArray(),
          0,
          key.bytes().unsafeArray(),
          0,
          message.unsafeArray(),
          0,
          message.size());
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public PublicKey publicKey(Bytes encoded) {
    if (encoded.size() != Ed25519.PUBLIC_KEY_SIZE
        || !Ed25519.validatePublicKeyFull(encoded.unsafeArray(), 0)) {
      throw new IllegalArgumentException("not a valid Ed25519 public key");
    }
    return new PublicKey(SuiteId.ED25519, encoded);
  }

  private static void requireSuite(SuiteId suite) {
    if (suite != SuiteId.ED25519) {
      throw new IllegalArgumentException("not an Ed25519 key: " + suite);
    }
  }
}
