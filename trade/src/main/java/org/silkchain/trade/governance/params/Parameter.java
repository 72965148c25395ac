package org.silkchain.trade.governance.params;

import java.util.Optional;

/**
 * The network's numeric parameters that governance sets, with their defaults and bounds. Readers
 * (the node for block limits, modules for fees) use {@link Parameters#number}; a value not yet set
 * by a proposal is the default. Examination calendars are the other kind of parameter: see {@link
 * Parameters#closedDays}.
 */
public enum Parameter {
  /** Most bytes of transactions in one block. */
  BLOCK_MAX_BYTES("block.max-bytes", 4 * 1024 * 1024, 16 * 1024, 64 * 1024 * 1024),
  /** Most transactions in one block. */
  BLOCK_MAX_TXS("block.max-txs", 5_000, 1, 100_000),
  /** Target time between blocks. */
  BLOCK_INTERVAL_MILLIS("block.interval-millis", 1_000, 100, 60_000),
  /** How far a block's time may run ahead of its parent's plus the interval. */
  BLOCK_TIME_DRIFT_MILLIS("block.time-drift-millis", 10_000, 0, 600_000),
  /** Fee per transaction in minor units of the fee currency; 0 means no fees (the default). */
  FEE_PER_TX("fee.per-tx", 0, 0, 1_000_000_000),
  /** Banking days an examiner has after a presentation (UCP 600 art. 14(b)). */
  EXAMINATION_DAYS("examination.banking-days", 5, 1, 5),
  /**
   * How close (basis points below one third) a jurisdiction's or group's validator power, or its
   * share of votes below a blocking minority, may come before the concentration query warns.
   */
  CONCENTRATION_MARGIN_BPS("concentration.margin-bps", 500, 0, 3_333);

  private final String label;
  private final long defaultValue;
  private final long min;
  private final long max;

  Parameter(String label, long defaultValue, long min, long max) {
    this.label = label;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
  }

  public String label() {
    return label;
  }

  public long defaultValue() {
    return defaultValue;
  }

  public long min() {
    return min;
  }

  public long max() {
    return max;
  }

  public static Optional<Parameter> fromLabel(String label) {
    for (Parameter p : values()) {
      if (p.label.equals(label)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
