package org.silkchain.state.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.state.proof.ProofVerdict;
import org.silkchain.state.proof.StateProofVerifier;
import org.silkchain.state.store.InMemoryNodeStore;
import org.silkchain.state.store.NodeKey;
import org.silkchain.state.store.StateDelta;

/**
 * Drives a tree and a reference model (a TreeMap) side by side and checks them against each other.
 * Keys are drawn from a small universe so batches overwrite and delete each other's keys.
 */
final class Harness {
  /** One change: key index, value index or -1 for a delete. */
  record Op(int key, int value) {}

  /** A committed version and the content the model says it has. */
  record Snapshot(long version, TreeMap<Bytes, Bytes> content, Hash root) {}

  final HashFunction hash;
  final boolean craftedPaths;
  final int universe;
  final InMemoryNodeStore store = new InMemoryNodeStore();
  final StateTree tree;
  final TreeMap<Bytes, Bytes> model = new TreeMap<>();
  final List<Snapshot> snapshots = new ArrayList<>();
  long latest = StateTree.PRE_GENESIS_VERSION;

  Harness(HashFunction hash, boolean craftedPaths, int universe) {
    this.hash = hash;
    this.craftedPaths = craftedPaths;
    this.universe = universe;
    this.tree = new StateTree(hash, store);
  }

  /**
   * Key {@code i}. With crafted paths (see {@link IdentityPathHash}) keys are 32-byte paths in
   * three families that agree on all but a few of their bits, some only in the very last one.
   */
  Bytes key(int i) {
    if (!craftedPaths) {
      return Bytes.utf8("key-" + i);
    }
    byte[] path = new byte[32];
    byte base =
        switch (i % 3) {
          case 0 -> (byte) 0x00;
          case 1 -> (byte) 0xFF;
          default -> (byte) 0x5A;
        };
    java.util.Arrays.fill(path, base);
    int variant = i / 3;
    path[31] ^= (byte) variant;
    if (variant % 4 == 1) {
      path[16] ^= 0x01;
    }
    if (variant % 5 == 2) {
      path[2] ^= 0x40;
    }
    return Bytes.wrap(path);
  }

  static Bytes value(int v) {
    return Bytes.utf8("value-" + v);
  }

  /** Applies one batch to tree and model, checks the delta's shape, and commits it. */
  StateDelta commit(List<Op> batch) {
    SortedMap<Bytes, Optional<Bytes>> changes = new TreeMap<>();
    for (Op op : batch) {
      changes.put(
          key(op.key()), op.value() < 0 ? Optional.empty() : Optional.of(value(op.value())));
    }
    return commit(changes);
  }

  StateDelta commit(SortedMap<Bytes, Optional<Bytes>> changes) {
    long version = latest + 1;
    StateDelta delta = tree.apply(latest, version, changes);
    for (var e : changes.entrySet()) {
      if (e.getValue().isPresent()) {
        model.put(e.getKey(), e.getValue().get());
      } else {
        model.remove(e.getKey());
      }
    }
    assertThat(delta.version()).isEqualTo(version);
    assertThat(delta.nodes()).containsKey(NodeKey.root(version));
    for (Bytes key : delta.nodes().keySet()) {
      assertThat(NodeKey.decode(key).version())
          .as("written under the new version")
          .isEqualTo(version);
    }
    for (Bytes key : delta.staleNodeKeys()) {
      assertThat(NodeKey.decode(key).version())
          .as("stale node of an older version")
          .isLessThan(version);
      assertThat(store.get(key)).as("stale node exists").isPresent();
    }
    store.apply(delta);
    latest = version;
    snapshots.add(new Snapshot(version, new TreeMap<>(model), delta.root()));
    return delta;
  }

  /** Every key of the universe reads and proves as in {@code snapshot}. */
  void checkVersion(Snapshot snapshot) {
    Hash root = tree.root(snapshot.version());
    assertThat(root).as("root of version %d", snapshot.version()).isEqualTo(snapshot.root());
    assertThat(root).as("reference root").isEqualTo(ReferenceSmt.root(hash, snapshot.content()));
    for (int i = 0; i < universe; i++) {
      Bytes key = key(i);
      Optional<Bytes> expected = Optional.ofNullable(snapshot.content().get(key));
      assertThat(tree.get(key, snapshot.version())).as("get %s", key).isEqualTo(expected);
      ProvedValue proved = tree.prove(key, snapshot.version());
      assertThat(proved.value()).isEqualTo(expected);
      assertThat(StateProofVerifier.verify(hash, root, key, expected, proved.proof()))
          .as("proof of %s", key)
          .isEqualTo(ProofVerdict.VALID);
      Bytes wrong = Bytes.utf8("not-a-value");
      assertThat(StateProofVerifier.verify(hash, root, key, Optional.of(wrong), proved.proof()))
          .isEqualTo(expected.isPresent() ? ProofVerdict.WRONG_VALUE : ProofVerdict.KEY_ABSENT);
      if (expected.isPresent()) {
        assertThat(StateProofVerifier.verify(hash, root, key, Optional.empty(), proved.proof()))
            .isEqualTo(ProofVerdict.KEY_PRESENT);
      }
      Hash other = hash.digest(Bytes.utf8("another root"));
      assertThat(StateProofVerifier.verify(hash, other, key, expected, proved.proof()))
          .isEqualTo(ProofVerdict.ROOT_MISMATCH);
    }
  }

  Snapshot last() {
    return snapshots.get(snapshots.size() - 1);
  }
}
