package org.silkchain.consensus.validator;

/**
 * The two thresholds of the protocol, in voting power. With {@code n = 3f + 1} equal votes, {@link
 * #isQuorum} is the paper's "2f + 1" and {@link #exceedsFaultBound} its "f + 1".
 *
 * <p>An interface so that tests can plug in a deliberately wrong rule and watch the simulator catch
 * the fork it causes; production code uses {@link #BYZANTINE} only.
 */
public interface QuorumRule {
  /** More than two thirds of {@code total}. */
  boolean isQuorum(long power, long total);

  /** More than one third of {@code total}: at least one honest validator is among them. */
  boolean exceedsFaultBound(long power, long total);

  /** The correct thresholds: {@code 3p > 2T} and {@code 3p > T}. */
  QuorumRule BYZANTINE =
      new QuorumRule() {
        @Override
        public boolean isQuorum(long power, long total) {
          return 3 * power > 2 * total;
        }

        @Override
        public boolean exceedsFaultBound(long power, long total) {
          return 3 * power > total;
        }

        @Override
        public String toString() {
          return "BYZANTINE(>2/3, >1/3)";
        }
      };
}
