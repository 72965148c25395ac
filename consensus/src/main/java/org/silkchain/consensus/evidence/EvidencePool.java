package org.silkchain.consensus.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.silkchain.crypto.PublicKey;

/**
 * Evidence of equivocation this node has seen, one entry per offence (offender, height, round,
 * kind): a validator that double-votes many times in one round is one offence. Bounded: past {@link
 * #capacity} entries the oldest heights are dropped first, so a flood cannot exhaust memory.
 * Iteration order is deterministic (height, round, offender, kind).
 */
public final class EvidencePool {
  public static final int DEFAULT_CAPACITY = 10_000;

  private record Key(long height, int round, PublicKey offender, int kind)
      implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Long.compare(height, o.height);
      if (c == 0) {
        c = Integer.compare(round, o.round);
      }
      if (c == 0) {
        c = offender.compareTo(o.offender);
      }
      return c != 0 ? c : Integer.compare(kind, o.kind);
    }
  }

  private final TreeMap<Key, Evidence> entries = new TreeMap<>();
  private final int capacity;

  public EvidencePool() {
    this(DEFAULT_CAPACITY);
  }

  public EvidencePool(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** Adds {@code evidence}; returns false if this offence was already known. */
  public boolean add(Evidence evidence) {
    int kind =
        switch (evidence) {
          case Evidence.DuplicateProposal p -> 0;
          case Evidence.DuplicateVote v -> 1 + v.first().type().code();
        };
    Key key = new Key(evidence.height(), evidence.round(), evidence.offender(), kind);
    if (entries.containsKey(key)) {
      return false;
    }
    entries.put(key, evidence);
    while (entries.size() > capacity) {
      entries.pollFirstEntry();
    }
    return true;
  }

  public int size() {
    return entries.size();
  }

  public List<Evidence> all() {
    return List.copyOf(entries.values());
  }

  public List<Evidence> atHeight(long height) {
    return entries.values().stream().filter(e -> e.height() == height).toList();
  }

  public List<Evidence> against(PublicKey offender) {
    List<Evidence> out = new ArrayList<>();
    for (Evidence e : entries.values()) {
      if (e.offender().equals(offender)) {
        out.add(e);
      }
    }
    return out;
  }
}
