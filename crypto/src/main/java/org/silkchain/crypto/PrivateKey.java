package org.silkchain.crypto;

import javax.security.auth.Destroyable;
import org.silkchain.codec.Bytes;

/**
 * A private signing key. It never prints itself: {@link #toString()} is redacted so a key cannot
 * reach a log by accident. Call {@link #destroy()} when done to wipe the copy held here.
 */
public final class PrivateKey implements Destroyable {
  /** Both suites use 32-byte secrets: an Ed25519 seed or an SM2 scalar. */
  public static final int SIZE = 32;

  private final SecretMaterial material;

  /**
   * @throws IllegalArgumentException if {@code secret} is not {@value #SIZE} bytes (the message
   *     never contains the secret)
   */
  public PrivateKey(SuiteId suite, Bytes secret) {
    this.material = new SecretMaterial("private key", suite, secret, SIZE);
  }

  public SuiteId suite() {
    return material.suite();
  }

  /** The raw secret (Ed25519: 32-byte seed; SM2: 32-byte scalar). Handle with care. */
  public Bytes secret() {
    return material.secret();
  }

  @Override
  public void destroy() {
    material.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return material.isDestroyed();
  }

  @Override
  public String toString() {
    return "PrivateKey" + material;
  }
}
