package org.silkchain.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.codec.DecodeException.Reason;
import org.silkchain.crypto.Hash;

class MerkleProofCodecTest {

  private static void rejectsWith(Reason reason, String message, CanonicalWriter w) {
    assertThatThrownBy(() -> MerkleProof.CODEC.decode(w.toBytes()))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage()).contains(message);
            });
  }

  private static CanonicalWriter proof(long index, long size) {
    return new CanonicalWriter().header(MerkleProof.TYPE_TAG, 1).u63(index).u63(size);
  }

  @Test
  void decodesAWellShapedProof() {
    MerkleProof p = new MerkleProof(2, 3, List.of(Hash.ZERO));
    assertThat(MerkleProof.CODEC.decode(proof(2, 3).list(List.of(Hash.ZERO), Hash.CODEC).toBytes()))
        .isEqualTo(p);
  }

  @Test
  void rejectsIndexOutsideTheTree() {
    rejectsWith(Reason.INVALID_VALUE, "leaf 3 outside a tree of 3", proof(3, 3).varint(0));
    rejectsWith(Reason.INVALID_VALUE, "leaf 0 outside a tree of 0", proof(0, 0).varint(0));
  }

  @Test
  void rejectsPathOfTheWrongLength() {
    rejectsWith(
        Reason.INVALID_VALUE,
        "2 hashes, this shape needs 1",
        proof(2, 3).list(List.of(Hash.ZERO, Hash.ZERO), Hash.CODEC));
  }

  @Test
  void rejectsOverlongPathBeforeReadingIt() {
    rejectsWith(Reason.TOO_MANY, "64 elements, limit 63", proof(0, 5).varint(64));
  }
}
