package org.silkchain.node.execution;

import java.util.LinkedHashMap;
import java.util.Map;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionId;

/**
 * Remembers transactions whose signatures verified, so that a transaction checked once on admission
 * is not verified again when a block holding it is validated and executed (the machines we run on
 * share few cores between several nodes).
 *
 * <p>Keyed by transaction id, but a hit requires the very same signatures too: the id covers only
 * the body, and a relay could have swapped a signature. Bounded (least recently used out first).
 * Thread-safe. Caching does not change any answer, only its cost, so execution stays deterministic.
 */
public final class SignatureCache {
  private final int capacity;
  private final LinkedHashMap<TransactionId, SignedTransaction> verified;

  public SignatureCache(int capacity) {
    this.capacity = capacity;
    this.verified = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** True iff every signature of {@code tx} verifies (from cache or now). */
  public boolean verify(SignedTransaction tx, TransactionId id, SignatureSuite suite) {
    synchronized (verified) {
      SignedTransaction known = verified.get(id);
      if (known != null && known.equals(tx)) {
        return true;
      }
    }
    if (!tx.verifySignatures(suite).isValid()) {
      return false;
    }
    synchronized (verified) {
      verified.put(id, tx);
      if (verified.size() > capacity) {
        Map.Entry<TransactionId, SignedTransaction> eldest = verified.entrySet().iterator().next();
        verified.remove(eldest.getKey());
      }
    }
    return true;
  }

  public int size() {
    synchronized (verified) {
      return verified.size();
    }
  }
}
