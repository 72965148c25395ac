package org.silkchain.crypto.envelope;

import javax.security.auth.Destroyable;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.SecretMaterial;
import org.silkchain.crypto.SuiteId;

/**
 * The private half of an encryption key: a 32-byte X25519 scalar (ED25519 suite) or SM2 scalar
 * (SM2_SM3 suite). {@link #toString()} is redacted so that it cannot reach a log; {@link
 * #destroy()} wipes the copy held here.
 */
public final class EncryptionPrivateKey implements Destroyable {
  public static final int SIZE = 32;

  private final SecretMaterial material;

  /**
   * @throws IllegalArgumentException if {@code secret} is not {@value #SIZE} bytes
   */
  public EncryptionPrivateKey(SuiteId suite, Bytes secret) {
    this.material = new SecretMaterial("encryption private key", suite, secret, SIZE);
  }

  public SuiteId suite() {
    return material.suite();
  }

  /** A copy of the raw secret. Handle with care. */
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
    return "EncryptionPrivateKey" + material;
  }
}
