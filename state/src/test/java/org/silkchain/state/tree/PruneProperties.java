package org.silkchain.state.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.state.store.PruneBatch;
import org.silkchain.state.store.StaleNode;

class PruneProperties {
  private static final int UNIVERSE = 40;

  @Provide
  Arbitrary<List<List<Harness.Op>>> histories() {
    Arbitrary<Harness.Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, UNIVERSE - 1),
                Arbitraries.integers().between(-1, 3))
            .as(Harness.Op::new);
    return op.list().ofMaxSize(20).list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 80)
  void pruningKeepsRetainedVersionsWholeAndDropsEverythingElse(
      @ForAll("histories") List<List<Harness.Op>> history,
      @ForAll @IntRange(min = 0, max = 100) int cutPercent,
      @ForAll @IntRange(min = 1, max = 9) int batchSize,
      @ForAll boolean craftedPaths) {
    Harness h =
        new Harness(
            craftedPaths ? IdentityPathHash.INSTANCE : HashFunction.sha256(),
            craftedPaths,
            UNIVERSE);
    for (List<Harness.Op> batch : history) {
      h.commit(batch);
    }
    long upto = h.latest * cutPercent / 100;

    int deleted = 0;
    for (PruneBatch batch = h.tree.prune(upto, batchSize);
        !batch.isEmpty();
        batch = h.tree.prune(upto, batchSize)) {
      assertThat(batch.entries()).hasSizeLessThanOrEqualTo(batchSize);
      for (StaleNode entry : batch.entries()) {
        assertThat(entry.staleSince()).isLessThanOrEqualTo(upto);
      }
      deleted += batch.entries().size();
      h.store.apply(batch);
    }

    for (Harness.Snapshot snapshot : h.snapshots) {
      if (snapshot.version() >= upto) {
        h.checkVersion(snapshot);
      } else {
        assertThatThrownBy(() -> h.tree.root(snapshot.version()))
            .isInstanceOfSatisfying(
                MissingNodeException.class,
                e -> assertThat(e.version()).isEqualTo(snapshot.version()));
      }
    }

    // What is left is exactly the latest version's nodes plus those stale after upto.
    TreeSet<Bytes> live = LiveNodes.of(h.store, h.latest);
    TreeSet<Bytes> staleKept = new TreeSet<>();
    for (StaleNode entry : h.store.staleNodes(Long.MAX_VALUE, Integer.MAX_VALUE)) {
      assertThat(entry.staleSince()).isGreaterThan(upto);
      assertThat(live).as("a live node is never stale").doesNotContain(entry.nodeKey());
      staleKept.add(entry.nodeKey());
    }
    assertThat(staleKept).hasSize(h.store.staleIndexSize());
    assertThat(h.store.nodeCount()).isEqualTo(live.size() + staleKept.size());
    if (upto == h.latest) {
      assertThat(h.store.nodeCount()).isEqualTo(live.size());
    }
    assertThat(deleted).isGreaterThanOrEqualTo(upto > 0 ? 1 : 0);
  }
}
