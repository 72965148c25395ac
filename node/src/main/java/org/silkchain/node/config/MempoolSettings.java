package org.silkchain.node.config;

/**
 * Mempool bounds ({@code mempool:} in node.yaml).
 *
 * @param maxTransactions pending transactions held at most
 * @param maxBytes encoded bytes of pending transactions held at most
 * @param maxPerSender pending transactions of one sender at most
 * @param maxTransactionBytes a larger transaction is refused as TOO_LARGE
 */
public record MempoolSettings(
    int maxTransactions, long maxBytes, int maxPerSender, int maxTransactionBytes) {
  public static final MempoolSettings DEFAULTS =
      new MempoolSettings(20_000, 64L * 1024 * 1024, 64, 128 * 1024);

  public MempoolSettings {
    if (maxTransactions < 1 || maxBytes < 1 || maxPerSender < 1 || maxTransactionBytes < 256) {
      throw new IllegalArgumentException("mempool: limits must be positive");
    }
  }
}
