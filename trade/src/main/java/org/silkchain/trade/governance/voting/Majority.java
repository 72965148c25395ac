package org.silkchain.trade.governance.voting;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * The vote that decides when consensus fails: votes for must reach {@code threshold} of the {@link
 * Base} and outnumber votes against (so a tie is never a majority).
 */
public record Majority(Fraction threshold, Base base) {
  /** What the threshold is a share of. */
  public enum Base {
    /** Votes for and against (abstentions left out): "a majority of the votes cast". */
    CAST(1),
    /** Every eligible member (not voting counts as not for): "three fourths of the Members". */
    ELECTORATE(2);

    private final int code;

    Base(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  public static final Codec<Majority> CODEC =
      new Codec<>() {
        @Override
        public void encode(Majority m, CanonicalWriter out) {
          Fraction.CODEC.encode(m.threshold, out);
          out.u8(m.base.code);
        }

        @Override
        public Majority decode(CanonicalReader in) {
          Fraction threshold = Fraction.CODEC.decode(in);
          int code = in.u8("majority.base");
          for (Base b : Base.values()) {
            if (b.code == code) {
              return new Majority(threshold, b);
            }
          }
          throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "majority.base " + code);
        }
      };

  public Majority {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(base, "base");
  }

  /** More than half of the votes cast. */
  public static Majority simple() {
    return new Majority(Fraction.HALF, Base.CAST);
  }

  /** {@code share} of all eligible members. */
  public static Majority ofMembers(Fraction share) {
    return new Majority(share, Base.ELECTORATE);
  }

  /** Whether {@code count} meets this majority among {@code electorate} eligible members. */
  public boolean reachedBy(Count count) {
    long whole = base == Base.CAST ? count.votesFor() + count.against() : count.electorate();
    return count.votesFor() > count.against() && threshold.reachedBy(count.votesFor(), whole);
  }
}
