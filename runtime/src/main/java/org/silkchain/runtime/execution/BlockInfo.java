package org.silkchain.runtime.execution;

/**
 * The block a transaction executes in. {@code timeMillis} is the block header's timestamp (Unix
 * milliseconds): the only time execution ever sees, never a clock.
 */
public record BlockInfo(long height, long timeMillis) {
  public BlockInfo {
    if (height < 0 || timeMillis < 0) {
      throw new IllegalArgumentException("negative height or time");
    }
  }
}
