package org.silkchain.consensus.statemachine;

/**
 * Timeout lengths in milliseconds. Each grows linearly with the round, {@code base + round *
 * delta}, as the paper requires for liveness: after GST the message delay is bounded by some
 * unknown {@code D}, and growing timeouts eventually exceed it in every step of a round led by a
 * correct proposer.
 */
public record TimeoutConfig(
    long proposeBase,
    long proposeDelta,
    long prevoteBase,
    long prevoteDelta,
    long precommitBase,
    long precommitDelta,
    long rebroadcastInterval) {

  /** CometBFT's defaults (3 s + 0.5 s per round, 1 s + 0.5 s), resending every 2 s. */
  public static final TimeoutConfig DEFAULT =
      new TimeoutConfig(3000, 500, 1000, 500, 1000, 500, 2000);

  public TimeoutConfig {
    if (proposeBase < 1
        || prevoteBase < 1
        || precommitBase < 1
        || rebroadcastInterval < 1
        || proposeDelta < 0
        || prevoteDelta < 0
        || precommitDelta < 0) {
      throw new IllegalArgumentException("timeouts must be positive, deltas non-negative");
    }
  }

  public long propose(int round) {
    return grow(proposeBase, proposeDelta, round);
  }

  public long prevote(int round) {
    return grow(prevoteBase, prevoteDelta, round);
  }

  public long precommit(int round) {
    return grow(precommitBase, precommitDelta, round);
  }

  /** Saturates instead of overflowing: a timeout of centuries is as good as infinite. */
  private static long grow(long base, long delta, int round) {
    if (round > 0 && delta > (Long.MAX_VALUE - base) / round) {
      return Long.MAX_VALUE;
    }
    return base + delta * round;
  }

  public long of(TimeoutKind kind, int round) {
    return switch (kind) {
      case PROPOSE -> propose(round);
      case PREVOTE -> prevote(round);
      case PRECOMMIT -> precommit(round);
      case REBROADCAST -> rebroadcastInterval;
    };
  }
}
