package org.silkchain.consensus.signing;

import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;

/** A {@link Signer} holding the key pair in memory. */
public final class KeyPairSigner implements Signer {
  private final SignatureSuite suite;
  private final KeyPair keys;

  public KeyPairSigner(KeyPair keys) {
    this.keys = keys;
    this.suite = SignatureSuite.of(keys.publicKey().suite());
  }

  @Override
  public PublicKey publicKey() {
    return keys.publicKey();
  }

  @Override
  public Signature sign(Bytes message) {
    return suite.sign(keys.privateKey(), message);
  }
}
