package org.silkchain.consensus.signing;

import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;

/**
 * Signature checking as a synchronous, pure port: the answer depends only on the arguments. That is
 * what allows a caching implementation (the simulator shares one across nodes) without changing any
 * engine's behaviour.
 */
@FunctionalInterface
public interface SignatureVerifier {
  boolean verify(PublicKey key, Bytes message, Signature signature);

  /** Verifies with the suite the key names; never throws for bad input. */
  static SignatureVerifier bySuite() {
    return (key, message, signature) ->
        SignatureSuite.of(key.suite()).verify(key, message, signature);
  }
}
