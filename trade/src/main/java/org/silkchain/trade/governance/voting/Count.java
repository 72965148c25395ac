package org.silkchain.trade.governance.voting;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * The counted votes of eligible members, and how many were eligible. Ballots of members outside the
 * electorate (suspended, removed, the secretariat) are not in it.
 */
public record Count(long votesFor, long against, long abstain, long electorate) {
  public static final Codec<Count> CODEC =
      new Codec<>() {
        @Override
        public void encode(Count c, CanonicalWriter out) {
          out.u63(c.votesFor).u63(c.against).u63(c.abstain).u63(c.electorate);
        }

        @Override
        public Count decode(CanonicalReader in) {
          long f = in.u63("count.for");
          long a = in.u63("count.against");
          long ab = in.u63("count.abstain");
          long n = in.u63("count.electorate");
          if (f > n || a > n || ab > n || f + a + ab > n) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "count");
          }
          return new Count(f, a, ab, n);
        }
      };

  public Count {
    if (votesFor < 0 || against < 0 || abstain < 0 || votesFor + against + abstain > electorate) {
      throw new IllegalArgumentException("inconsistent count");
    }
  }

  /** Eligible members who voted at all (abstentions included). */
  public long cast() {
    return votesFor + against + abstain;
  }
}
