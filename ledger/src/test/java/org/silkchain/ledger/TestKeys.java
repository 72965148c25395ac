package org.silkchain.ledger;

import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;

/** Deterministic key pairs for tests: key {@code n} of a suite is always the same. */
public final class TestKeys {
  private TestKeys() {}

  /** Secret bytes 00..00 n+1 (a valid Ed25519 seed and a valid SM2 scalar). */
  public static KeyPair key(SuiteId suite, int n) {
    byte[] secret = new byte[32];
    secret[30] = (byte) (n >>> 8);
    secret[31] = (byte) (n + 1);
    return SignatureSuite.of(suite).fromPrivate(new PrivateKey(suite, Bytes.wrap(secret)));
  }
}
