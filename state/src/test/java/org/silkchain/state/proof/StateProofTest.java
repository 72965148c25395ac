package org.silkchain.state.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.state.store.InMemoryNodeStore;
import org.silkchain.state.store.StateDelta;
import org.silkchain.state.tree.StateTree;

class StateProofTest {
  private static final HashFunction SHA = HashFunction.sha256();
  private final InMemoryNodeStore store = new InMemoryNodeStore();
  private final StateTree tree = new StateTree(SHA, store);
  private final Hash root;

  StateProofTest() {
    SortedMap<Bytes, Optional<Bytes>> changes = new TreeMap<>();
    for (int i = 0; i < 200; i++) {
      changes.put(key(i), Optional.of(Bytes.utf8("v" + i)));
    }
    StateDelta delta = tree.apply(StateTree.PRE_GENESIS_VERSION, 0, changes);
    store.apply(delta);
    root = delta.root();
  }

  private static Bytes key(int i) {
    return Bytes.utf8("k" + i);
  }

  private static DecodeException.Reason reasonOf(Bytes encoded) {
    try {
      StateProof.CODEC.decode(encoded);
    } catch (DecodeException e) {
      return e.reason();
    }
    throw new AssertionError("decoded " + encoded);
  }

  @Test
  void codecRoundTripsInclusionAndNonInclusionProofs() {
    StateProof inclusion = tree.prove(key(5), 0).proof();
    StateProof absence = tree.prove(key(500), 0).proof();
    for (StateProof proof : List.of(inclusion, absence)) {
      Bytes encoded = StateProof.CODEC.encode(proof);
      assertThat(StateProof.CODEC.decode(encoded)).isEqualTo(proof);
      assertThat(encoded.size())
          .isEqualTo(
              3 + 1 + 32 * proof.siblings().size() + 1 + (proof.leaf().isPresent() ? 64 : 0));
    }
    assertThat(StateProof.CODEC.encode(new StateProof(List.of(), Optional.empty())).toHex())
        .isEqualTo("040401" + "00" + "00");
  }

  @Test
  void codecBoundsSiblingsAndRejectsNonCanonicalInput() {
    CanonicalWriter tooMany = new CanonicalWriter().header(StateProof.TYPE_TAG, 1).varint(257);
    for (int i = 0; i < 257; i++) {
      tooMany.raw(Hash.ZERO.bytes());
    }
    tooMany.u8(0);
    assertThat(reasonOf(tooMany.toBytes())).isEqualTo(DecodeException.Reason.TOO_MANY);
    assertThat(reasonOf(Bytes.fromHex("040401" + "00" + "02")))
        .isEqualTo(DecodeException.Reason.NON_CANONICAL);
    assertThat(reasonOf(Bytes.fromHex("040401" + "01" + "00")))
        .isEqualTo(DecodeException.Reason.TRUNCATED);
    assertThat(reasonOf(Bytes.fromHex("040301" + "00" + "00")))
        .isEqualTo(DecodeException.Reason.UNKNOWN_TAG);
    assertThat(reasonOf(Bytes.fromHex("040401" + "00" + "0000")))
        .isEqualTo(DecodeException.Reason.TRAILING_BYTES);
    assertThatThrownBy(() -> new StateProof(Collections.nCopies(257, Hash.ZERO), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("257 siblings");
  }

  @Test
  void verifierRejectsTamperedProofsWithTheirReason() {
    StateProof proof = tree.prove(key(7), 0).proof();
    Optional<Bytes> value = Optional.of(Bytes.utf8("v7"));
    assertThat(StateProofVerifier.verify(SHA, root, key(7), value, proof))
        .isEqualTo(ProofVerdict.VALID);

    List<Hash> siblings = new ArrayList<>(proof.siblings());
    siblings.set(0, SHA.digest(Bytes.utf8("forged")));
    assertThat(
            StateProofVerifier.verify(
                SHA, root, key(7), value, new StateProof(siblings, proof.leaf())))
        .isEqualTo(ProofVerdict.ROOT_MISMATCH);

    // The same proof read as being about another key: its leaf is not on that key's path.
    Bytes other = firstKeyOffPath(proof);
    assertThat(StateProofVerifier.verify(SHA, root, other, Optional.empty(), proof))
        .isEqualTo(ProofVerdict.LEAF_OFF_PATH);

    // Dropping the last sibling makes the leaf claim a shallower place: the root no longer matches.
    StateProof shorter =
        new StateProof(proof.siblings().subList(0, proof.siblings().size() - 1), proof.leaf());
    assertThat(StateProofVerifier.verify(SHA, root, key(7), value, shorter))
        .isEqualTo(ProofVerdict.ROOT_MISMATCH);

    // Claiming the key is absent by dropping the leaf.
    StateProof emptied = new StateProof(proof.siblings(), Optional.empty());
    assertThat(StateProofVerifier.verify(SHA, root, key(7), Optional.empty(), emptied))
        .isEqualTo(ProofVerdict.ROOT_MISMATCH);
  }

  @Test
  void nonInclusionByAnotherLeafIsAcceptedOnlyForAbsence() {
    ProofLeaf found = null;
    Bytes absent = null;
    for (int i = 1000; found == null; i++) {
      StateProof p = tree.prove(key(i), 0).proof();
      if (p.leaf().isPresent()) {
        found = p.leaf().get();
        absent = key(i);
      }
    }
    StateProof proof = tree.prove(absent, 0).proof();
    assertThat(found.path()).isNotEqualTo(SHA.digest(absent));
    assertThat(StateProofVerifier.verify(SHA, root, absent, Optional.empty(), proof))
        .isEqualTo(ProofVerdict.VALID);
    assertThat(StateProofVerifier.verify(SHA, root, absent, Optional.of(Bytes.utf8("x")), proof))
        .isEqualTo(ProofVerdict.KEY_ABSENT);
  }

  @Test
  void proofsOfTheEmptyStateHaveNoSiblings() {
    StateTree empty = new StateTree(HashFunction.sm3(), new InMemoryNodeStore());
    StateProof proof = empty.prove(key(1), StateTree.PRE_GENESIS_VERSION).proof();
    assertThat(proof.siblings()).isEmpty();
    assertThat(
            StateProofVerifier.verify(
                HashFunction.sm3(), empty.emptyRoot(), key(1), Optional.empty(), proof))
        .isEqualTo(ProofVerdict.VALID);
    assertThat(
            StateProofVerifier.verify(
                HashFunction.sha256(), empty.emptyRoot(), key(1), Optional.empty(), proof))
        .isEqualTo(ProofVerdict.ROOT_MISMATCH);
  }

  private Bytes firstKeyOffPath(StateProof proof) {
    int depth = proof.siblings().size();
    Hash leafPath = proof.leaf().orElseThrow().path();
    for (int i = 0; ; i++) {
      Hash path = SHA.digest(key(i));
      for (int b = 0; b < depth; b++) {
        if (StateHashing.bit(path, b) != StateHashing.bit(leafPath, b)) {
          return key(i);
        }
      }
    }
  }
}
