package org.silkchain.crypto;

import java.util.Arrays;
import javax.security.auth.Destroyable;
import org.silkchain.codec.Bytes;

/**
 * A private signing key. It never prints itself: {@link #toString()} is redacted so a key cannot
 * reach a log by accident. Call {@link #destroy()} when done to wipe the copy held here.
 */
public final class PrivateKey implements Destroyable {
  private final SuiteId suite;
  private final byte[] secret;
  private boolean destroyed;

  public PrivateKey(SuiteId suite, Bytes secret) {
    this.suite = suite;
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
