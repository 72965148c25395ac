package org.silkchain.state.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.state.store.StateDelta;

class StateTreeProperties {
  private static final int UNIVERSE = 60;

  @Provide
  Arbitrary<List<List<Harness.Op>>> histories() {
    Arbitrary<Harness.Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, UNIVERSE - 1),
                Arbitraries.integers().between(-1, 4))
            .as(Harness.Op::new);
    return op.list().ofMaxSize(25).list().ofMinSize(1).ofMaxSize(10);
  }

  @Property(tries = 80)
  void readsAndProofsMatchTheModelAtEveryVersion(
      @ForAll("histories") List<List<Harness.Op>> history, @ForAll boolean craftedPaths) {
    Harness h =
        new Harness(
            craftedPaths ? IdentityPathHash.INSTANCE : HashFunction.sha256(),
            craftedPaths,
            UNIVERSE);
    for (List<Harness.Op> batch : history) {
      h.commit(batch);
      h.checkVersion(h.last());
    }
    // Older versions, never pruned, still read and prove as they were.
    for (Harness.Snapshot snapshot : h.snapshots) {
      h.checkVersion(snapshot);
    }
  }

  @Property(tries = 80)
  void rootDependsOnlyOnContent(
      @ForAll("histories") List<List<Harness.Op>> history, @ForAll boolean craftedPaths) {
    HashFunction hash = craftedPaths ? IdentityPathHash.INSTANCE : HashFunction.sha256();
    Harness incremental = new Harness(hash, craftedPaths, UNIVERSE);
    for (List<Harness.Op> batch : history) {
      incremental.commit(batch);
    }
    Map<Bytes, Bytes> content = incremental.model;

    Harness oneBatch = new Harness(hash, craftedPaths, UNIVERSE);
    TreeMap<Bytes, Optional<Bytes>> all = new TreeMap<>();
    content.forEach((k, v) -> all.put(k, Optional.of(v)));
    oneBatch.commit(all);

    // One key per version, in reverse order, after inserting and deleting every other key.
    Harness oneByOne = new Harness(hash, craftedPaths, UNIVERSE);
    TreeMap<Bytes, Optional<Bytes>> noise = new TreeMap<>();
    for (int i = 0; i < UNIVERSE; i++) {
      noise.put(oneByOne.key(i), Optional.of(Harness.value(99)));
    }
    oneByOne.commit(noise);
    List<Bytes> keys = new ArrayList<>(content.keySet());
    Collections.reverse(keys);
    for (Bytes key : keys) {
      oneByOne.commit(new TreeMap<>(Map.of(key, Optional.of(content.get(key)))));
    }
    TreeMap<Bytes, Optional<Bytes>> cleanup = new TreeMap<>();
    for (int i = 0; i < UNIVERSE; i++) {
      if (!content.containsKey(oneByOne.key(i))) {
        cleanup.put(oneByOne.key(i), Optional.empty());
      }
    }
    StateDelta last = oneByOne.commit(cleanup);

    assertThat(oneByOne.model).isEqualTo(content);
    assertThat(oneBatch.last().root()).isEqualTo(incremental.last().root());
    assertThat(last.root()).isEqualTo(incremental.last().root());
    // Same content, same live nodes: the shape, not just the root, is canonical.
    assertThat(LiveNodes.of(oneByOne.store, oneByOne.latest).size())
        .isEqualTo(LiveNodes.of(incremental.store, incremental.latest).size());
  }

  @Property(tries = 50)
  void deletingKeysGivesBackTheEarlierRoot(
      @ForAll("histories") List<List<Harness.Op>> history, @ForAll boolean craftedPaths) {
    HashFunction hash = craftedPaths ? IdentityPathHash.INSTANCE : HashFunction.sha256();
    Harness h = new Harness(hash, craftedPaths, UNIVERSE);
    for (List<Harness.Op> batch : history) {
      h.commit(batch);
    }
    Harness.Snapshot before = h.last();
    TreeMap<Bytes, Optional<Bytes>> added = new TreeMap<>();
    for (int i = 0; i < UNIVERSE; i++) {
      if (!before.content().containsKey(h.key(i))) {
        added.put(h.key(i), Optional.of(Harness.value(i)));
      }
    }
    h.commit(added);
    TreeMap<Bytes, Optional<Bytes>> removed = new TreeMap<>();
    added.keySet().forEach(k -> removed.put(k, Optional.empty()));
    StateDelta delta = h.commit(removed);
    assertThat(delta.root()).isEqualTo(before.root());
  }
}
