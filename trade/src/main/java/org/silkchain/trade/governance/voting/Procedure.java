package org.silkchain.trade.governance.voting;

import java.util.Optional;

/** How a proposal is decided. */
public enum Procedure {
  /**
   * Adopted if, with the quorum present, no eligible member votes against; if someone does, the
   * rule set's fallback majority (if any) decides (WTO Agreement Art. IX:1).
   */
  CONSENSUS(1),
  /** Adopted unless every eligible member votes against (DSU Art. 16.4, 17.14). */
  REVERSE_CONSENSUS(2);

  private final int code;

  Procedure(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<Procedure> fromCode(int code) {
    for (Procedure p : values()) {
      if (p.code == code) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
