package org.silkchain.trade.governance.voting;

import java.util.Optional;

/** A member's position on a proposal. Abstaining counts towards the quorum and blocks nothing. */
public enum Vote {
  FOR(1),
  AGAINST(2),
  ABSTAIN(3);

  private final int code;

  Vote(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<Vote> fromCode(int code) {
    for (Vote v : values()) {
      if (v.code == code) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
