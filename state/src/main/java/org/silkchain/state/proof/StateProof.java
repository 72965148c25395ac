package org.silkchain.state.proof;

import java.util.List;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * A Merkle proof for one key against a state root, in binary form whatever the tree's node arity.
 *
 * <p>{@code siblings.get(i)} is the hash of the sibling subtree at depth {@code i + 1} along the
 * key's path, root first (bit {@code i} of the path says on which side the path goes). The walk
 * ends, at depth {@code siblings.size()}, at either an empty subtree ({@code leaf} absent) or the
 * only leaf of that subtree ({@code leaf} present): the key's own leaf for an inclusion proof,
 * another key's leaf for a non-inclusion proof. See {@link StateProofVerifier}.
 *
 * <p>Encoding (type tag {@code 0x0404}, version 1): siblings as a list of at most {@value
 * #MAX_SIBLINGS} 32-byte hashes, then the leaf as an optional of two 32-byte hashes.
 */
public record StateProof(List<Hash> siblings, Optional<ProofLeaf> leaf) {
  public static final int TYPE_TAG = 0x0404;
  public static final int VERSION = 1;

  /** Paths have 256 bits, so no leaf or empty subtree is deeper than 256. */
  public static final int MAX_SIBLINGS = 256;

  public static final Codec<StateProof> CODEC =
      new Codec<>() {
        @Override
        public void encode(StateProof proof, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION)
              .list(proof.siblings, Hash.CODEC)
              .optional(proof.leaf, ProofLeaf.CODEC);
        }

        @Override
        public StateProof decode(CanonicalReader in) {
          in.header("stateProof", TYPE_TAG, VERSION);
          List<Hash> siblings = in.list("stateProof.siblings", MAX_SIBLINGS, Hash.CODEC);
          Optional<ProofLeaf> leaf = in.optional("stateProof.leaf", ProofLeaf.CODEC);
          return new StateProof(siblings, leaf);
        }
      };

  public StateProof {
    siblings = List.copyOf(siblings);
    if (siblings.size() > MAX_SIBLINGS) {
      throw new IllegalArgumentException(
          siblings.size() + " siblings, a 256-bit path has at most " + MAX_SIBLINGS);
    }
    java.util.Objects.requireNonNull(leaf, "leaf");
  }
}
