package org.silkchain.crypto;

/** A signing key pair of one suite. */
public record KeyPair(PublicKey publicKey, PrivateKey privateKey) {
  public KeyPair {
    if (publicKey.suite() != privateKey.suite()) {
      throw new IllegalArgumentException("key pair mixes suites");
    }
  }
}
