package org.silkchain.crypto.envelope;

import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.SuiteId;

/**
 * The private half of an encryption key: a 32-byte X25519 scalar (ED25519 suite) or SM2 scalar
 * (SM2_SM3 suite). {@link #toString()} is redacted so that it cannot reach a log; {@link
 * #destroy()} wipes the copy held here.
 */
public final class EncryptionPrivateKey implements Destroyable {
  public static final int SIZE = 32;

  private final SuiteId suite;
  private final byte[] secret;
  private volatile boolean destroyed;

  /**
   * @throws IllegalArgumentException if {@code secret} is not {@value #SIZE} bytes
   */
  public EncryptionPrivateKey(SuiteId suite, Bytes secret) {
    if (secret.size() != SIZE) {
      throw new IllegalArgumentException(
          suite + " encryption private key has " + SIZE + " bytes, got " + secret.size());
    }
    this.suite = Objects.requireNonNull(suite, "suite");
    this.secret = secret.toArray();
  }

  public SuiteId suite() {
    return suite;
  }

  /** A copy of the raw secret. Handle with care. */
  public Bytes secret() {
    if (destroyed) {
      throw new IllegalStateException("encryption private key was destroyed");
    }
    return Bytes.of(secret);
  }

  @Override
  public void destroy() {
    Arrays.fill(secret, (byte) 0);
    destroyed = true;
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "EncryptionPrivateKey[" + suite + ", redacted]";
  }
}
