package org.silkchain.crypto;

import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;
import org.silkchain.codec.Bytes;

/**
 * The secret bytes of a private key of one suite, held in one place so that every kind of private
 * key wipes and redacts them the same way: {@link #toString()} never shows them, and {@link
 * #destroy()} overwrites the copy held here.
 */
public final class SecretMaterial implements Destroyable {
  private final String kind;
  private final SuiteId suite;
  private final byte[] secret;
  private volatile boolean destroyed;

  /**
   * @param kind what the secret is, for messages ("private key", "encryption private key")
   * @throws IllegalArgumentException if {@code secret} is not {@code size} bytes (the message never
   *     contains the secret)
   */
  public SecretMaterial(String kind, SuiteId suite, Bytes secret, int size) {
    if (secret.size() != size) {
      throw new IllegalArgumentException(
          suite + " " + kind + " has " + size + " bytes, got " + secret.size());
    }
    this.kind = kind;
    this.suite = Objects.requireNonNull(suite, "suite");
    this.secret = secret.toArray();
  }

  public SuiteId suite() {
    return suite;
  }

  /** A copy of the raw secret. Handle with care. */
  public Bytes secret() {
    if (destroyed) {
      throw new IllegalStateException(kind + " was destroyed");
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
    return "[" + suite + ", redacted]";
  }
}
