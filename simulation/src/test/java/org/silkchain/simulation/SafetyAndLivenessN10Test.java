package org.silkchain.simulation;

import org.junit.jupiter.api.Test;

/**
 * 10 validators: 400 seeds, half all honest and half with f of them Byzantine, each under its own
 * draw of delays, losses, duplicates, a partition and crash-restarts before GST. Every seed must be
 * safe, agree on state roots, and commit all heights within the liveness bound after GST.
 */
class SafetyAndLivenessN10Test {
  @Test
  void fourHundredSeeds() {
    SeedSweeps.sweep(10, 400, 10_000);
  }
}
