package org.silkchain.consensus.validator;

import java.util.List;

/**
 * Weighted round robin as a pure function of {@code (height, round)}.
 *
 * <p>Lay the validators out on a ring of {@code T} = total power positions, each owning as many
 * consecutive positions as it has power. Slot {@code s = height + round} maps to position {@code (s
 * * stride) mod T}, with {@code stride} coprime to {@code T}: multiplication by a unit is a
 * permutation of the ring, so in every window of {@code T} consecutive slots each validator
 * proposes exactly {@code power} times, and a stride near {@code T / phi} spreads a heavy
 * validator's turns apart instead of giving it a run of consecutive heights. Successive rounds of
 * one height move to the next slot, which is what lets a height get past a crashed proposer.
 *
 * <p>Nothing here depends on history, so a node that restarts or catches up computes the same
 * proposer as everyone else with no stored priorities. Integer arithmetic only.
 */
final class ProposerRotation {
  private final long[] cumulative;
  private final long total;
  private final long stride;

  ProposerRotation(List<Validator> validators, long total) {
    this.total = total;
    this.cumulative = new long[validators.size()];
    long sum = 0;
    for (int i = 0; i < validators.size(); i++) {
      sum += validators.get(i).power();
      cumulative[i] = sum;
    }
    this.stride = strideFor(total);
  }

  /** The smallest stride at or above {@code T * 0.618034} that is coprime with {@code T}. */
  static long strideFor(long total) {
    long s = Math.max(1, total * 618_034L / 1_000_000L);
    while (gcd(s, total) != 1) {
      s++;
    }
    return s;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** Index, in key order, of the validator owning slot {@code height + round}. */
  int slotOwner(long height, int round) {
    if (height < 0 || round < 0) {
      throw new IllegalArgumentException("negative height or round");
    }
    long slot = (Math.floorMod(height, total) + round % total) % total;
    // total <= 2^31, so slot * stride < 2^62: no overflow.
    long position = (slot * stride) % total;
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > position) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
