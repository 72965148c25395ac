package org.silkchain.state.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.state.proof.ProofVerdict;
import org.silkchain.state.proof.StateProof;
import org.silkchain.state.proof.StateProofVerifier;
import org.silkchain.state.store.InMemoryNodeStore;
import org.silkchain.state.store.NodeKey;
import org.silkchain.state.store.StateDelta;

class StateTreeTest {
  private final InMemoryNodeStore store = new InMemoryNodeStore();
  private final StateTree tree = new StateTree(HashFunction.sha256(), store);

  private static SortedMap<Bytes, Optional<Bytes>> put(String... keyValues) {
    SortedMap<Bytes, Optional<Bytes>> changes = new TreeMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      changes.put(Bytes.utf8(keyValues[i]), Optional.of(Bytes.utf8(keyValues[i + 1])));
    }
    return changes;
  }

  private static Hash sha256(byte[]... parts) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    for (byte[] part : parts) {
      d.update(part);
    }
    return new Hash(Bytes.wrap(d.digest()));
  }

  private StateDelta commit(long base, long version, SortedMap<Bytes, Optional<Bytes>> changes) {
    StateDelta delta = tree.apply(base, version, changes);
    store.apply(delta);
    return delta;
  }

  @Test
  void emptyStateRootIsTheHashOfTheEmptyTag() throws Exception {
    Hash expected = sha256(new byte[] {0x40});
    assertThat(tree.emptyRoot()).isEqualTo(expected);
    assertThat(tree.root(StateTree.PRE_GENESIS_VERSION)).isEqualTo(expected);
    StateDelta genesis = commit(StateTree.PRE_GENESIS_VERSION, 0, new TreeMap<>());
    assertThat(genesis.root()).isEqualTo(expected);
    assertThat(genesis.nodes()).containsOnlyKeys(NodeKey.root(0));
    assertThat(tree.root(0)).isEqualTo(expected);
  }

  @Test
  void aSingleKeyStateHasItsLeafAsRoot() throws Exception {
    StateDelta delta = commit(StateTree.PRE_GENESIS_VERSION, 0, put("alice", "10"));
    byte[] path = sha256("alice".getBytes()).bytes().toArray();
    byte[] valueHash = sha256("10".getBytes()).bytes().toArray();
    assertThat(delta.root()).isEqualTo(sha256(new byte[] {0x41}, path, valueHash));
    assertThat(tree.get(Bytes.utf8("alice"), 0)).contains(Bytes.utf8("10"));
    assertThat(tree.get(Bytes.utf8("bob"), 0)).isEmpty();
  }

  @Test
  void unchangedVersionStillGetsItsOwnRootAndRetiresTheOldOne() {
    commit(StateTree.PRE_GENESIS_VERSION, 0, put("a", "1", "b", "2", "c", "3"));
    SortedMap<Bytes, Optional<Bytes>> noop = put("a", "1");
    noop.put(Bytes.utf8("absent"), Optional.empty());
    StateDelta delta = commit(0, 1, noop);
    assertThat(delta.root()).isEqualTo(tree.root(0));
    assertThat(delta.nodes()).containsOnlyKeys(NodeKey.root(1));
    assertThat(delta.staleNodeKeys()).containsExactly(NodeKey.root(0));
  }

  @Test
  void versionsMayLeaveGapsAndOldOnesStayReadable() {
    commit(StateTree.PRE_GENESIS_VERSION, 5, put("a", "1"));
    commit(5, 9, put("a", "2"));
    assertThat(tree.get(Bytes.utf8("a"), 5)).contains(Bytes.utf8("1"));
    assertThat(tree.get(Bytes.utf8("a"), 9)).contains(Bytes.utf8("2"));
    assertThatThrownBy(() -> tree.root(7))
        .isInstanceOf(MissingNodeException.class)
        .hasMessageContaining("no state root for version 7");
  }

  @Test
  void rejectsBadVersionsAndOversizedEntries() {
    commit(StateTree.PRE_GENESIS_VERSION, 0, put("a", "1"));
    assertThatThrownBy(() -> tree.apply(0, 0, put("b", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must follow base version");
    assertThatThrownBy(() -> tree.apply(-2, 0, put("b", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must follow base version");
    SortedMap<Bytes, Optional<Bytes>> bigKey = new TreeMap<>();
    bigKey.put(Bytes.wrap(new byte[StateTree.MAX_KEY_SIZE + 1]), Optional.of(Bytes.EMPTY));
    assertThatThrownBy(() -> tree.apply(0, 1, bigKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key of 1025 bytes");
    SortedMap<Bytes, Optional<Bytes>> bigValue = new TreeMap<>();
    bigValue.put(Bytes.utf8("k"), Optional.of(Bytes.wrap(new byte[StateTree.MAX_VALUE_SIZE + 1])));
    assertThatThrownBy(() -> tree.apply(0, 1, bigValue))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds " + StateTree.MAX_VALUE_SIZE);
    assertThatThrownBy(() -> tree.apply(3, 4, put("b", "2")))
        .isInstanceOf(MissingNodeException.class)
        .hasMessageContaining("version 3");
  }

  @Test
  void emptyKeysAndValuesAreOrdinaryEntries() {
    SortedMap<Bytes, Optional<Bytes>> changes = new TreeMap<>();
    changes.put(Bytes.EMPTY, Optional.of(Bytes.EMPTY));
    commit(StateTree.PRE_GENESIS_VERSION, 0, changes);
    assertThat(tree.get(Bytes.EMPTY, 0)).contains(Bytes.EMPTY);
    assertThat(tree.root(0)).isNotEqualTo(tree.emptyRoot());
  }

  @Test
  void keysDifferingOnlyInTheLastBitGiveFullLengthProofs() {
    StateTree crafted = new StateTree(IdentityPathHash.INSTANCE, store);
    byte[] a = new byte[32];
    byte[] b = new byte[32];
    b[31] = 1;
    byte[] absent = new byte[32];
    absent[31] = 2;
    SortedMap<Bytes, Optional<Bytes>> changes = new TreeMap<>();
    changes.put(Bytes.wrap(a), Optional.of(Bytes.utf8("A")));
    changes.put(Bytes.wrap(b), Optional.of(Bytes.utf8("B")));
    StateDelta delta = crafted.apply(StateTree.PRE_GENESIS_VERSION, 0, changes);
    store.apply(delta);
    // A chain of 64 internal nodes (one per nibble) and the two leaves at depth 64.
    assertThat(delta.nodes()).hasSize(64 + 2);
    StateProof proof = crafted.prove(Bytes.wrap(b), 0).proof();
    assertThat(proof.siblings()).hasSize(StateProof.MAX_SIBLINGS);
    assertThat(
            StateProofVerifier.verify(
                IdentityPathHash.INSTANCE,
                delta.root(),
                Bytes.wrap(b),
                Optional.of(Bytes.utf8("B")),
                proof))
        .isEqualTo(ProofVerdict.VALID);
    ProvedValue none = crafted.prove(Bytes.wrap(absent), 0);
    assertThat(none.value()).isEmpty();
    assertThat(none.proof().leaf()).isEmpty();
    assertThat(
            StateProofVerifier.verify(
                IdentityPathHash.INSTANCE,
                delta.root(),
                Bytes.wrap(absent),
                Optional.empty(),
                none.proof()))
        .isEqualTo(ProofVerdict.VALID);

    // Deleting one collapses the whole chain: the other leaf becomes the root.
    SortedMap<Bytes, Optional<Bytes>> delete = new TreeMap<>();
    delete.put(Bytes.wrap(a), Optional.empty());
    StateDelta after = crafted.apply(0, 1, delete);
    assertThat(after.nodes()).hasSize(1);
    assertThat(after.staleNodeKeys()).hasSize(64 + 2);
    assertThat(after.root())
        .isEqualTo(
            ReferenceSmt.root(IdentityPathHash.INSTANCE, Map.of(Bytes.wrap(b), Bytes.utf8("B"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sha256", "sm3"})
  void bothHashFunctionsGiveTheSpecifiedRootAndProofs(String name) {
    HashFunction hash = name.equals("sm3") ? HashFunction.sm3() : HashFunction.sha256();
    Harness h = new Harness(hash, false, 300);
    for (int round = 0; round < 4; round++) {
      List<Harness.Op> batch = new java.util.ArrayList<>();
      for (int i = round; i < 300; i += 2 + round) {
        batch.add(new Harness.Op(i, (i + round) % 3 == 0 ? -1 : round));
      }
      h.commit(batch);
      h.checkVersion(h.last());
    }
    assertThat(h.model).hasSizeGreaterThan(100);
  }

  @Test
  void sm3AndSha256RootsDiffer() {
    InMemoryNodeStore other = new InMemoryNodeStore();
    StateTree sm3 = new StateTree(HashFunction.sm3(), other);
    assertThat(sm3.apply(StateTree.PRE_GENESIS_VERSION, 0, put("a", "1")).root())
        .isNotEqualTo(tree.apply(StateTree.PRE_GENESIS_VERSION, 0, put("a", "1")).root());
  }
}
