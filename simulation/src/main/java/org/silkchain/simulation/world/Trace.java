package org.silkchain.simulation.world;

import java.util.Arrays;
import org.silkchain.codec.Bytes;

/**
 * A running 64-bit digest of everything a run did, in order. Two runs of one seed must end with the
 * same value; a difference anywhere in the event order changes it.
 */
final class Trace {
  private long state = 0x5DEECE66DL;

  void mix(long value) {
    long z = state ^ value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    state = (z ^ (z >>> 31)) + 0x9E3779B97F4A7C15L;
  }

  void mix(Bytes bytes) {
    mix(Arrays.hashCode(bytes.unsafeArray()));
    mix(bytes.size());
  }

  long value() {
    return state;
  }
}
