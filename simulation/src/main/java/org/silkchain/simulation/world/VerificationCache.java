package org.silkchain.simulation.world;

import java.util.HashMap;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;

/**
 * Shares verification results between the nodes of one run. Verification is a pure function of key,
 * message and signature, so caching changes no engine's behaviour: a corrupted signature is a
 * different key into the cache and is really checked. Only looked up, never iterated.
 */
final class VerificationCache implements SignatureVerifier {
  private record Key(PublicKey key, Bytes message, Signature signature) {}

  private final SignatureVerifier real = SignatureVerifier.bySuite();
  private final HashMap<Key, Boolean> results = new HashMap<>();

  @Override
  public boolean verify(PublicKey key, Bytes message, Signature signature) {
    return results.computeIfAbsent(
        new Key(key, message, signature), k -> real.verify(key, message, signature));
  }
}
