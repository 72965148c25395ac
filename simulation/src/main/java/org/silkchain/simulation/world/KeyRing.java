package org.silkchain.simulation.world;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;

/**
 * Ed25519 validator keys for simulated networks, derived from a fixed label so that every run (and
 * every machine) uses the same keys, and computed once per network size.
 */
final class KeyRing {
  private static final ConcurrentHashMap<Integer, List<KeyPair>> CACHE = new ConcurrentHashMap<>();

  private KeyRing() {}

  static List<KeyPair> forSize(int n) {
    return CACHE.computeIfAbsent(n, KeyRing::derive);
  }

  private static List<KeyPair> derive(int n) {
    SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
    List<KeyPair> keys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Bytes seed =
          suite.hash().digest(Bytes.utf8("silkchain-simulation-validator/" + n + "/" + i)).bytes();
      keys.add(suite.fromPrivate(new PrivateKey(SuiteId.ED25519, seed)));
    }
    return List.copyOf(keys);
  }
}
