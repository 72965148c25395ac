package org.silkchain.trade.governance;

import java.util.Optional;

/** Where a proposal is in its life. */
public enum Status {
  /** Tabled; in deliberation or voting, or past its deadline and waiting to be closed. */
  OPEN(1),
  /** Withdrawn by its author before voting closed. */
  WITHDRAWN(2),
  /** Closed with an outcome that is not adoption. */
  REJECTED(3),
  /** Adopted; executes at its execution height. */
  SCHEDULED(4),
  /** Adopted and executed: the change is in state. */
  EXECUTED(5),
  /** Adopted, but its execution was refused (the reason is recorded); nothing changed. */
  FAILED(6);

  private final int code;

  Status(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static Optional<Status> fromCode(int code) {
    for (Status s : values()) {
      if (s.code == code) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
