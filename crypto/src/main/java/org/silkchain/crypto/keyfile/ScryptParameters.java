package org.silkchain.crypto.keyfile;

/**
 * scrypt (RFC 7914) cost parameters, stored in each key file so that later files can use higher
 * costs and older ones still open. N = 2^{@code log2N}.
 *
 * <p>Bounds keep a hostile file from demanding unbounded work or memory: {@code log2N} in 10..20,
 * {@code r} in 1..32, {@code p} in 1..16, and the 128 * r * N bytes scrypt allocates at most 256
 * MiB.
 */
public record ScryptParameters(int log2N, int r, int p) {
  /** N = 2^15, r = 8, p = 1: 32 MiB and about 0.1 s, the usual interactive choice. */
  public static final ScryptParameters DEFAULT = new ScryptParameters(15, 8, 1);

  static final int MIN_LOG2_N = 10;
  static final int MAX_LOG2_N = 20;
  static final int MAX_R = 32;
  static final int MAX_P = 16;
  static final long MAX_MEMORY = 256L << 20;

  /**
   * @throws IllegalArgumentException if a parameter is out of bounds
   */
  public ScryptParameters {
    if (log2N < MIN_LOG2_N || log2N > MAX_LOG2_N) {
      throw new IllegalArgumentException(
          "scrypt log2(N) must be " + MIN_LOG2_N + ".." + MAX_LOG2_N + ", got " + log2N);
    }
    if (r < 1 || r > MAX_R) {
      throw new IllegalArgumentException("scrypt r must be 1.." + MAX_R + ", got " + r);
    }
    if (p < 1 || p > MAX_P) {
      throw new IllegalArgumentException("scrypt p must be 1.." + MAX_P + ", got " + p);
    }
    if (memory(log2N, r) > MAX_MEMORY) {
      throw new IllegalArgumentException(
          "scrypt would need " + memory(log2N, r) + " bytes, limit " + MAX_MEMORY);
    }
  }

  public int n() {
    return 1 << log2N;
  }

  private static long memory(int log2N, int r) {
    return 128L * r * (1L << log2N);
  }
}
