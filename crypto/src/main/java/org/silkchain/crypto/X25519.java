package org.silkchain.crypto;

import java.security.SecureRandom;
import java.util.Optional;
import org.silkchain.codec.Bytes;

/**
 * X25519 Diffie-Hellman (RFC 7748) on BouncyCastle. Keys are 32 bytes: a private scalar (clamped
 * when used) and a public u-coordinate. Every 32-byte string is accepted as a public key, as the
 * RFC requires (the top bit is masked); a low-order key is caught by its all-zero shared secret.
 */
public final class X25519 {
  public static final int KEY_SIZE = 32;

  static {
    org.bouncycastle.math.ec.rfc7748.X25519.precompute();
  }

  private X25519() {}

  /** A fresh private key: 32 random bytes. */
  public static Bytes generatePrivate(SecureRandom random) {
    byte[] k = new byte[KEY_SIZE];
    random.nextBytes(k);
    return Bytes.wrap(k);
  }

  /** The public key {@code X25519(k, 9)}. */
  public static Bytes publicKey(Bytes privateKey) {
    requireSize("private", privateKey);
    byte[] u = new byte[KEY_SIZE];
    org.bouncycastle.math.ec.rfc7748.X25519.scalarMultBase(privateKey.unsafeArray(), 0, u, 0);
    return Bytes.wrap(u);
  }

  /**
   * The shared secret {@code X25519(privateKey, publicKey)}, or empty when it is all zeros, which
   * happens exactly when {@code publicKey} has small order. RFC 7748 section 6.1 says to abort
   * then: such a secret is known to anyone and would give a key-wrap no secrecy.
   */
  public static Optional<Bytes> agree(Bytes privateKey, Bytes publicKey) {
    requireSize("private", privateKey);
    requireSize("public", publicKey);
    byte[] shared = new byte[KEY_SIZE];
    boolean nonZero =
        org.bouncycastle.math.ec.rfc7748.X25519.calculateAgreement(
            privateKey.unsafeArray(), 0, publicKey.unsafeArray(), 0, shared, 0);
    return nonZero ? Optional.of(Bytes.wrap(shared)) : Optional.empty();
  }

  private static void requireSize(String which, Bytes key) {
    if (key.size() != KEY_SIZE) {
      throw new IllegalArgumentException(
          "an X25519 " + which + " key has " + KEY_SIZE + " bytes, got " + key.size());
    }
  }
}
