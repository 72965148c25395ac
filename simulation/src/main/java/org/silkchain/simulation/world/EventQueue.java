package org.silkchain.simulation.world;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The virtual clock: events ordered by time, then by insertion order, so equal-time events run in
 * the order they were scheduled and a run is a function of its seed alone.
 */
final class EventQueue {
  record Entry(long time, long sequence, SimEvent event) {}

  private final PriorityQueue<Entry> queue =
      new PriorityQueue<>(Comparator.comparingLong(Entry::time).thenComparingLong(Entry::sequence));
  private long now;
  private long sequence;

  long now() {
    return now;
  }

  void at(long time, SimEvent event) {
    queue.add(new Entry(Math.max(time, now), sequence++, event));
  }

  void after(long delay, SimEvent event) {
    at(now + delay, event);
  }

  boolean isEmpty() {
    return queue.isEmpty();
  }

  /** Removes the next event and advances the clock to it. */
  Entry next() {
    Entry e = queue.poll();
    now = e.time();
    return e;
  }
}
