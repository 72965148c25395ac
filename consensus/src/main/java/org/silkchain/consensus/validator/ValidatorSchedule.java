package org.silkchain.consensus.validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.silkchain.crypto.PublicKey;

/**
 * Which validator set governs each height: the genesis set from height 1, then each change from the
 * height it takes effect. Immutable; {@link #afterFinalize} returns a new schedule.
 *
 * <p>Updates returned while finalizing height {@code h} take effect at {@code h +} {@value
 * #ACTIVATION_DELAY}. The delay is what lets a node at height {@code h + 1} already know the set of
 * {@code h + 1} (it was fixed when {@code h - 1} was finalized), so it can check the signatures of
 * messages one height ahead, and it gives operators one block to bring a new validator online.
 *
 * <p>An update list that would leave the set invalid (empty, a power sum over the bound) is ignored
 * as a whole. Every honest node gets the same list from its deterministic application, so every
 * honest node ignores it alike.
 */
public final class ValidatorSchedule {
  public static final int ACTIVATION_DELAY = 2;

  private final TreeMap<Long, ValidatorSet> changes;

  private ValidatorSchedule(TreeMap<Long, ValidatorSet> changes) {
    this.changes = changes;
  }

  /** A schedule whose genesis set governs from height 1. */
  public static ValidatorSchedule genesis(ValidatorSet set) {
    TreeMap<Long, ValidatorSet> changes = new TreeMap<>();
    changes.put(1L, set);
    return new ValidatorSchedule(changes);
  }

  /** The set that validates {@code height} (at least 1). */
  public ValidatorSet setAt(long height) {
    Map.Entry<Long, ValidatorSet> e = changes.floorEntry(Math.max(1, height));
    return e.getValue();
  }

  /**
   * The schedule after height {@code height} was finalized with {@code updates}: they govern from
   * {@code height + ACTIVATION_DELAY} on. An empty list returns this schedule.
   */
  public ValidatorSchedule afterFinalize(long height, List<ValidatorUpdate> updates) {
    if (updates.isEmpty()) {
      return this;
    }
    long effective = height + ACTIVATION_DELAY;
    ValidatorSet base = setAt(effective);
    TreeMap<PublicKey, Long> powers = new TreeMap<>();
    for (Validator v : base.validators()) {
      powers.put(v.key(), v.power());
    }
    for (ValidatorUpdate u : updates) {
      if (u.power() == 0) {
        powers.remove(u.key());
      } else {
        powers.put(u.key(), u.power());
      }
    }
    List<Validator> members = new ArrayList<>();
    powers.forEach((k, p) -> members.add(new Validator(k, p)));
    ValidatorSet next;
    try {
      next = new ValidatorSet(members);
    } catch (IllegalArgumentException invalid) {
      return this;
    }
    TreeMap<Long, ValidatorSet> copy = new TreeMap<>(changes);
    // Later entries were scheduled from older bases; a newer decision overrides them.
    copy.tailMap(effective, true).clear();
    copy.put(effective, next);
    return new ValidatorSchedule(copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidatorSchedule other && changes.equals(other.changes);
  }

  @Override
  public int hashCode() {
    return changes.hashCode();
  }
}
