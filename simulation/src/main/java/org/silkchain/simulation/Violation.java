package org.silkchain.simulation;

/**
 * A property a simulated run broke. {@link #toString()} names the seed, which replays the run
 * exactly.
 */
public record Violation(long seed, Kind kind, String description) {
  public enum Kind {
    /** Two honest nodes committed different blocks at one height. */
    SAFETY,
    /** Two honest nodes committed the same block but computed different state roots. */
    STATE_ROOT,
    /** An honest node committed a block whose certificate fails verification. */
    INVALID_CERTIFICATE,
    /** An honest node signed two different payloads for one height, round and step. */
    DOUBLE_SIGN,
    /** With at most f faulty validators, honest nodes did not commit within the bound after GST. */
    LIVENESS,
    /** An engine or the simulated driver threw: a bug, reported with its seed like the rest. */
    ENGINE_FAILURE
  }

  @Override
  public String toString() {
    return kind + " (seed " + seed + "): " + description;
  }
}
