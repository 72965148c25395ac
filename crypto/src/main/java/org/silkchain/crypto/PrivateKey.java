package org.silkchain.crypto;

import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.silkchain.codec.Bytes;

/**
 * A private signing key. It never prints itself: {@link #toString()} is redacted so a key cannot
 * reach a log by accident. Call {@link #destroy()} when done to wipe the copy held here.
 */
public final class PrivateKey implements Destroyable {
  /** Both suites use 32-byte secrets: an Ed25519 seed or an SM2 scalar. */
  public static final int SIZE = 32;

  private final SuiteId suite;
  private final byte[] secret;
  private boolean destroyed;

  /**
   * @throws IllegalArgumentException if {@code secret} is not {@value #SIZE} bytes (the message
   *     never contains the secret)
   */
  public PrivateKey(SuiteId suite, Bytes secret) {
    if (secret.size() != SIZE) {
      throw new IllegalArgumentException(
          suite + " private key has " + SIZE + " bytes, got " + secret.size());
    }
    this.suite = Objects.requireNonNull(suite, "suite");
    this.secret = secret.toArray();
  }

  public SuiteId suite() {
    return suite;
  }

  /** The raw secret (Ed25519: 32-byte seed; SM2: 32-byte scalar). Handle with care. */
  public Bytes secret() {
    if (destroyed) {
      throw new IllegalStateException("private key was destroyed");
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
    return "PrivateKey[" + suite + ", redacted]";
  }
}
