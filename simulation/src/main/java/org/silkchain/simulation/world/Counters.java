package org.silkchain.simulation.world;

/** Cost counters of one run (single-threaded: one run is one thread). */
final class Counters {
  long messages;
  long bytes;
  long signatureChecks;
  long signatures;
}
