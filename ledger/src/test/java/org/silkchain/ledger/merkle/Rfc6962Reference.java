package org.silkchain.ledger.merkle;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

/**
 * RFC 6962 section 2.1 written out literally (recursive MTH and PATH, with their own prefixes), to
 * check the bottom-up implementation against. Quadratic-ish; for small trees only.
 */
final class Rfc6962Reference {
  private Rfc6962Reference() {}

  static Hash mth(HashFunction h, List<Bytes> d) {
    int n = d.size();
    if (n == 0) {
      return h.digest(Bytes.EMPTY);
    }
    if (n == 1) {
      return h.digest((byte) 0x00, d.get(0));
    }
    int k = largestPowerOfTwoBelow(n);
    return h.digest((byte) 0x01, mth(h, d.subList(0, k)).bytes(), mth(h, d.subList(k, n)).bytes());
  }

  static List<Hash> path(HashFunction h, int m, List<Bytes> d) {
    int n = d.size();
    List<Hash> out = new ArrayList<>();
    if (n <= 1) {
      return out;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m < k) {
      out.addAll(path(h, m, d.subList(0, k)));
      out.add(mth(h, d.subList(k, n)));
    } else {
      out.addAll(path(h, m - k, d.subList(k, n)));
      out.add(mth(h, d.subList(0, k)));
    }
    return out;
  }

  private static int largestPowerOfTwoBelow(int n) {
    return Integer.highestOneBit(n - 1);
  }
}
