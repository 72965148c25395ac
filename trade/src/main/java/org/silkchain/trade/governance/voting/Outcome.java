package org.silkchain.trade.governance.voting;

import java.util.Optional;

/** How a vote ended (or {@link #PENDING} while its deadline has not passed). */
public enum Outcome {
  PENDING(0, false),
  /** Quorum present and no eligible member against. */
  ADOPTED_BY_CONSENSUS(1, true),
  /** Consensus failed; the fallback majority was reached. */
  ADOPTED_BY_MAJORITY(2, true),
  /** Reverse consensus: not every eligible member voted against. */
  ADOPTED_BY_REVERSE_CONSENSUS(3, true),
  /** Consensus failed and the rule set has no fallback vote. */
  REJECTED_BY_OBJECTION(4, false),
  /** Consensus failed and the fallback majority was not reached (a tie included). */
  REJECTED_BY_MAJORITY(5, false),
  /** Reverse consensus: every eligible member voted against. */
  REJECTED_BY_ALL(6, false),
  /** Too few eligible members voted by the deadline (an empty electorate included). */
  NO_QUORUM(7, false);

  private final int code;
  private final boolean adopted;

  Outcome(int code, boolean adopted) {
    this.code = code;
    this.adopted = adopted;
  }

  public int code() {
    return code;
  }

  public boolean adopted() {
    return adopted;
  }

  public static Optional<Outcome> fromCode(int code) {
    for (Outcome o : values()) {
      if (o.code == code) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
