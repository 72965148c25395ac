package org.silkchain.runtime.execution;

/**
 * Per-transaction bounds, so that no transaction runs away. A transaction over {@code maxTxBytes}
 * is invalid; one that goes over the others while executing fails with {@code LIMIT_EXCEEDED}.
 *
 * <p>Step costs: each state read costs {@link #READ_STEPS}, each write or delete {@link
 * #WRITE_STEPS} plus one step per started 64 bytes of value, each event {@link #EVENT_STEPS};
 * modules charge more for their own loops with {@link ExecutionContext#step}.
 */
public record ExecutionLimits(int maxTxBytes, int maxWrites, long maxSteps, int maxEvents) {
  public static final long READ_STEPS = 10;
  public static final long WRITE_STEPS = 20;
  public static final long EVENT_STEPS = 10;

  public static final ExecutionLimits DEFAULT = new ExecutionLimits(64 * 1024, 256, 100_000, 64);

  public ExecutionLimits {
    if (maxTxBytes < 1 || maxWrites < 1 || maxSteps < 1 || maxEvents < 0 || maxEvents > 64) {
      throw new IllegalArgumentException("invalid limits");
    }
  }
}
