package org.silkchain.state.proof;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * The leaf a proof ends at: the key's own leaf (inclusion) or another key's leaf sitting where the
 * key would be (non-inclusion).
 */
public record ProofLeaf(Hash path, Hash valueHash) {
  public static final Codec<ProofLeaf> CODEC =
      new Codec<>() {
        @Override
        public void encode(ProofLeaf leaf, CanonicalWriter out) {
          Hash.CODEC.encode(leaf.path, out);
          Hash.CODEC.encode(leaf.valueHash, out);
        }

        @Override
        public ProofLeaf decode(CanonicalReader in) {
          return new ProofLeaf(Hash.CODEC.decode(in), Hash.CODEC.decode(in));
        }
      };

  public ProofLeaf {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(valueHash, "valueHash");
  }
}
