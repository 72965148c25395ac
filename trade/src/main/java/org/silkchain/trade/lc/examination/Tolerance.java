package org.silkchain.trade.lc.examination;

/**
 * How far an amount may lie above or below the credit's figure, in whole percent. "About" or
 * "approximately" gives 10% either way (Art. 30(a)).
 */
public record Tolerance(int plusPercent, int minusPercent) {
  public static final Tolerance NONE = new Tolerance(0, 0);
  public static final Tolerance ABOUT = new Tolerance(10, 10);

  public Tolerance {
    if (plusPercent < 0 || plusPercent > 100 || minusPercent < 0 || minusPercent > 100) {
      throw new IllegalArgumentException("tolerance out of 0..100%");
    }
  }

  /** {@code base} plus the tolerance, rounded down (never more than the credit allows). */
  public long max(long base) {
    return Math.addExact(base, Math.multiplyExact(base, plusPercent) / 100);
  }

  /** {@code base} less the tolerance, rounded up (never less than the credit allows). */
  public long min(long base) {
    return base - Math.multiplyExact(base, minusPercent) / 100;
  }
}
