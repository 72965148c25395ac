package org.silkchain.node.validators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.validator.Validator;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.consensus.validator.ValidatorUpdate;
import org.silkchain.crypto.PublicKey;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.runtime.validators.ValidatorRegistry.Entry;

/**
 * Turns the validator registry in state into what consensus needs: the updates a block made, and
 * the schedule a (re)started node resumes with.
 *
 * <p>The rule both follow: updates returned when finalizing height {@code h} govern from {@code h +
 * ValidatorSchedule.ACTIVATION_DELAY} (2), so the set of height {@code h >= 2} is the registry in
 * the state after block {@code h - 2}, and heights 1 and 2 have the genesis set (state version 0).
 * The registry keeps the set valid (1..128 members, bounded power), so consensus never ignores an
 * update list made from it, and the closed form above equals the schedule built block by block.
 */
public final class RegistrySchedule {
  private RegistrySchedule() {}

  /** The registry's set as consensus sees it: key and power. */
  public static ValidatorSet setOf(List<Entry> entries) {
    List<Validator> members = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      members.add(new Validator(e.key(), e.power()));
    }
    return new ValidatorSet(members);
  }

  /**
   * What changed from {@code before} to {@code after}, in key order: a new or re-weighted key with
   * its power, a removed key with power 0. Address or pin changes alone are no consensus update.
   */
  public static List<ValidatorUpdate> updates(List<Entry> before, List<Entry> after) {
    TreeMap<PublicKey, Long> old = new TreeMap<>();
    before.forEach(e -> old.put(e.key(), e.power()));
    TreeMap<PublicKey, Long> updates = new TreeMap<>();
    for (Entry e : after) {
      Long previous = old.remove(e.key());
      if (previous == null || previous != e.power()) {
        updates.put(e.key(), e.power());
      }
    }
    old.keySet().forEach(k -> updates.put(k, 0L));
    List<ValidatorUpdate> out = new ArrayList<>(updates.size());
    updates.forEach((k, p) -> out.add(new ValidatorUpdate(k, p)));
    return out;
  }

  /** The registry's raw value, to tell cheaply whether a block touched it. */
  public static Optional<Bytes> raw(StateAccess state) {
    return state.get(ValidatorRegistry.SET_KEY);
  }

  /**
   * The schedule a node resumes with when its tip is {@code tip}: the sets of heights {@code tip}
   * (to check the tip's certificate when it is the parent commit), {@code tip + 1} and {@code tip +
   * 2} (messages one height ahead), read from the states after blocks {@code tip - 2}, {@code tip -
   * 1} and {@code tip}. Heights below {@code tip} answer the set of {@code tip}: nothing older is
   * checked after a restart. {@code genesisSet} stands in for a registry that is empty (a chain
   * whose genesis predates it).
   */
  public static ValidatorSchedule resume(
      long tip, java.util.function.LongFunction<StateAccess> stateAt, ValidatorSet genesisSet) {
    List<Entry> older = entriesOr(stateAt.apply(Math.max(0, tip - 2)));
    List<Entry> previous = entriesOr(stateAt.apply(Math.max(0, tip - 1)));
    List<Entry> latest = entriesOr(stateAt.apply(tip));
    ValidatorSchedule schedule =
        ValidatorSchedule.genesis(older.isEmpty() ? genesisSet : setOf(older));
    if (tip >= 1 && !older.isEmpty()) {
      schedule = schedule.afterFinalize(tip - 1, updates(older, previous));
      schedule = schedule.afterFinalize(tip, updates(previous, latest));
    }
    return schedule;
  }

  private static List<Entry> entriesOr(StateAccess state) {
    return ValidatorRegistry.entries(state);
  }
}
