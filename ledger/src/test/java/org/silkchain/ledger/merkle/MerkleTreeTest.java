package org.silkchain.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;

class MerkleTreeTest {
  private static final HashFunction SHA256 = HashFunction.sha256();

  /** The leaves of Certificate Transparency's merkle_tree_test.cc. */
  private static final List<Bytes> CT_LEAVES =
      List.of(
          Bytes.EMPTY,
          Bytes.fromHex("00"),
          Bytes.fromHex("10"),
          Bytes.fromHex("2021"),
          Bytes.fromHex("3031"),
          Bytes.fromHex("40414243"),
          Bytes.fromHex("5051525354555657"),
          Bytes.fromHex("606162636465666768696a6b6c6d6e6f"));

  /** Their roots for the first 1..8 leaves, from the same file. */
  private static final List<String> CT_ROOTS =
      List.of(
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  static List<Bytes> leaves(int n) {
    List<Bytes> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Bytes.utf8("leaf-" + i));
    }
    return out;
  }

  @Test
  void matchesCertificateTransparencyVectors() {
    assertThat(MerkleTree.root(SHA256, List.of()))
        .isEqualTo(
            Hash.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    for (int n = 1; n <= CT_LEAVES.size(); n++) {
      List<Bytes> d = CT_LEAVES.subList(0, n);
      assertThat(MerkleTree.root(SHA256, d)).as("root of %d", n).hasToString(CT_ROOTS.get(n - 1));
      assertThat(MerkleTree.of(SHA256, d).root()).hasToString(CT_ROOTS.get(n - 1));
    }
  }

  @Test
  void rootsAndPathsMatchTheRecursiveDefinition() {
    for (int n = 0; n <= 70; n++) {
      List<Bytes> d = leaves(n);
      MerkleTree tree = MerkleTree.of(SHA256, d);
      assertThat(tree.root()).as("root of %d", n).isEqualTo(Rfc6962Reference.mth(SHA256, d));
      assertThat(MerkleTree.root(HashFunction.sm3(), d))
          .isEqualTo(Rfc6962Reference.mth(HashFunction.sm3(), d));
      for (int m = 0; m < n; m++) {
        assertThat(tree.proof(m).path())
            .as("path of %d in %d", m, n)
            .isEqualTo(Rfc6962Reference.path(SHA256, m, d));
      }
    }
  }

  @Test
  void everyLeafOfSmallTreesHasAVerifyingProof() {
    for (int n = 0; n <= 20; n++) {
      List<Bytes> d = leaves(n);
      MerkleTree tree = MerkleTree.of(SHA256, d);
      for (int m = 0; m < n; m++) {
        MerkleProof proof = tree.proof(m);
        assertThat(proof.path()).hasSize(MerkleProof.pathLength(m, n));
        assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), d.get(m), proof))
            .as("leaf %d of %d", m, n)
            .isTrue();
      }
    }
  }

  @Test
  void wrongLeafIndexOrRootIsRejected() {
    for (int n = 2; n <= 20; n++) {
      List<Bytes> d = leaves(n);
      MerkleTree tree = MerkleTree.of(SHA256, d);
      for (int m = 0; m < n; m++) {
        MerkleProof proof = tree.proof(m);
        assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), d.get((m + 1) % n), proof))
            .as("other leaf")
            .isFalse();
        assertThat(
                MerkleProofVerifier.verify(SHA256, SHA256.digest(Bytes.utf8("x")), d.get(m), proof))
            .as("other root")
            .isFalse();
        for (int other = 0; other < n; other++) {
          if (other != m && MerkleProof.pathLength(other, n) == proof.path().size()) {
            MerkleProof moved = new MerkleProof(other, n, proof.path());
            assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), d.get(m), moved))
                .as("leaf %d claimed at %d of %d", m, other, n)
                .isFalse();
          }
        }
        assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), n, d.get(m), proof)).isTrue();
        if (MerkleProof.pathLength(m, n + 1) == proof.path().size()) {
          MerkleProof resized = new MerkleProof(m, n + 1, proof.path());
          assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), n, d.get(m), resized))
              .as("wrong tree size")
              .isFalse();
        }
      }
    }
  }

  @Test
  void theTreeSizeIsNotAuthenticatedByTheRootAlone() {
    // Why headers carry the transaction count: with a made-up size, the last leaf of 3 verifies
    // as leaf 1 of 2 under the very same root.
    List<Bytes> d = leaves(3);
    MerkleTree tree = MerkleTree.of(SHA256, d);
    MerkleProof honest = tree.proof(2);
    MerkleProof misplaced = new MerkleProof(1, 2, honest.path());

    assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), d.get(2), misplaced)).isTrue();
    assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), 3, d.get(2), misplaced)).isFalse();
    assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), 3, d.get(2), honest)).isTrue();
  }

  @Test
  void tamperedPathIsRejected() {
    List<Bytes> d = leaves(13);
    MerkleTree tree = MerkleTree.of(SHA256, d);
    MerkleProof proof = tree.proof(5);
    for (int i = 0; i < proof.path().size(); i++) {
      List<Hash> path = new ArrayList<>(proof.path());
      byte[] b = path.get(i).bytes().toArray();
      b[31] ^= 1;
      path.set(i, new Hash(Bytes.wrap(b)));
      assertThat(
              MerkleProofVerifier.verify(
                  SHA256, tree.root(), d.get(5), new MerkleProof(5, 13, path)))
          .isFalse();
    }
  }

  @Test
  void duplicatingTheLastLeafChangesTheRoot() {
    Set<Hash> roots = new HashSet<>();
    for (int n = 1; n <= 40; n++) {
      List<Bytes> d = leaves(n);
      List<Bytes> dup = new ArrayList<>(d);
      dup.add(d.get(n - 1));
      assertThat(MerkleTree.root(SHA256, dup))
          .as("size %d", n)
          .isNotEqualTo(MerkleTree.root(SHA256, d));
      roots.add(MerkleTree.root(SHA256, d));
    }
    // Bitcoin's tree gives [a, b, c] and [a, b, c, c] one root; check the famous shape explicitly.
    List<Bytes> abc = List.of(Bytes.utf8("a"), Bytes.utf8("b"), Bytes.utf8("c"));
    List<Bytes> abcc = List.of(Bytes.utf8("a"), Bytes.utf8("b"), Bytes.utf8("c"), Bytes.utf8("c"));
    assertThat(MerkleTree.root(SHA256, abc)).isNotEqualTo(MerkleTree.root(SHA256, abcc));
    assertThat(roots).hasSize(40);
  }

  @Test
  void anInnerNodeCannotBePassedOffAsALeaf() {
    List<Bytes> d = leaves(4);
    MerkleTree tree = MerkleTree.of(SHA256, d);
    Hash l0 = tree.leafHash(0);
    Hash l1 = tree.leafHash(1);
    Hash n01 = MerkleHashes.node(SHA256, l0, l1);
    Hash n23 = MerkleHashes.node(SHA256, tree.leafHash(2), tree.leafHash(3));
    MerkleProof shortened = new MerkleProof(0, 2, List.of(n23));

    // The attack works only at the hash level: the node does sit at index 0 of a 2-wide tree...
    assertThat(MerkleProofVerifier.verifyLeafHash(SHA256, tree.root(), n01, shortened)).isTrue();
    // ...but no leaf data hashes to it: the children's concatenation gets the leaf prefix, 0x00.
    assertThat(
            MerkleProofVerifier.verify(
                SHA256, tree.root(), l0.bytes().concat(l1.bytes()), shortened))
        .isFalse();
    assertThat(MerkleHashes.leaf(SHA256, l0.bytes().concat(l1.bytes()))).isNotEqualTo(n01);
    // And a one-leaf tree's root is its leaf hash, never the plain hash of the data.
    assertThat(MerkleTree.root(SHA256, List.of(d.get(0)))).isNotEqualTo(SHA256.digest(d.get(0)));
  }

  @Test
  void tenThousandLeavesGiveVerifyingProofs() {
    List<Bytes> d = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      d.add(SHA256.digest(Bytes.utf8("tx-" + i)).bytes());
    }
    MerkleTree tree = MerkleTree.of(SHA256, d);
    assertThat(tree.root()).isEqualTo(MerkleTree.root(SHA256, d));
    for (int m : new int[] {0, 1, 4095, 4096, 8191, 8192, 9998, 9999}) {
      MerkleProof proof = tree.proof(m);
      assertThat(proof.path().size()).isBetween(1, 14);
      assertThat(MerkleProofVerifier.verify(SHA256, tree.root(), d.get(m), proof)).isTrue();
    }
  }

  @Test
  void proofShapeIsChecked() {
    assertThat(MerkleProof.pathLength(0, 1)).isZero();
    assertThat(MerkleProof.pathLength(4, 5)).isEqualTo(1);
    assertThat(MerkleProof.pathLength(0, 5)).isEqualTo(3);
    assertThat(MerkleProof.pathLength(0, Long.MAX_VALUE)).isEqualTo(63);
    assertThatThrownBy(() -> new MerkleProof(3, 3, List.of()))
        .hasMessageContaining("leaf 3 outside a tree of 3");
    assertThatThrownBy(() -> new MerkleProof(0, 3, List.of(Hash.ZERO)))
        .hasMessageContaining("needs 2 path hashes, got 1");
    assertThatThrownBy(() -> MerkleTree.of(SHA256, leaves(3)).proof(3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
