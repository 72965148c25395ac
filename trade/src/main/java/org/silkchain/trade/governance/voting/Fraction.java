package org.silkchain.trade.governance.voting;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * An exact share {@code num/den} between 0 and 1, compared by cross-multiplication (no floating
 * point). Bounded so that products with member counts cannot overflow.
 */
public record Fraction(long num, long den) {
  public static final long MAX_DEN = 1_000_000;
  public static final Fraction ZERO = new Fraction(0, 1);
  public static final Fraction HALF = new Fraction(1, 2);
  public static final Fraction TWO_THIRDS = new Fraction(2, 3);
  public static final Fraction THREE_QUARTERS = new Fraction(3, 4);

  public static final Codec<Fraction> CODEC =
      new Codec<>() {
        @Override
        public void encode(Fraction f, CanonicalWriter out) {
          out.u63(f.num).u63(f.den);
        }

        @Override
        public Fraction decode(CanonicalReader in) {
          long num = in.u63("fraction.num");
          long den = in.u63("fraction.den");
          if (!valid(num, den)) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "fraction");
          }
          return new Fraction(num, den);
        }
      };

  public Fraction {
    if (!valid(num, den)) {
      throw new IllegalArgumentException("fraction " + num + "/" + den);
    }
  }

  private static boolean valid(long num, long den) {
    return den >= 1 && den <= MAX_DEN && num >= 0 && num <= den;
  }

  /** Whether {@code part} out of {@code whole} is at least this share. */
  public boolean reachedBy(long part, long whole) {
    return Math.multiplyExact(part, den) >= Math.multiplyExact(num, whole);
  }

  @Override
  public String toString() {
    return num + "/" + den;
  }
}
