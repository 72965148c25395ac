package org.silkchain.crypto.envelope;

import java.security.SecureRandom;
import org.silkchain.crypto.SuiteId;

/** An encryption key pair of one suite: what a recipient holds to open envelopes. */
public record EncryptionKeyPair(EncryptionPublicKey publicKey, EncryptionPrivateKey privateKey) {
  public EncryptionKeyPair {
    if (publicKey.suite() != privateKey.suite()) {
      throw new IllegalArgumentException("encryption key pair mixes suites");
    }
  }

  public SuiteId suite() {
    return publicKey.suite();
  }

  /** A fresh key pair for {@code suite}. */
  public static EncryptionKeyPair generate(SuiteId suite, SecureRandom random) {
    return fromPrivate(
        new EncryptionPrivateKey(suite, KeyWrap.forSuite(suite).generateSecret(random)));
  }

  /**
   * Rebuilds the pair from its private half.
   *
   * @throws IllegalArgumentException if the secret is not a valid scalar for its suite
   */
  public static EncryptionKeyPair fromPrivate(EncryptionPrivateKey key) {
    KeyWrap wrap = KeyWrap.forSuite(key.suite());
    return new EncryptionKeyPair(
        new EncryptionPublicKey(key.suite(), wrap.publicKeyOf(key.secret())), key);
  }
}
