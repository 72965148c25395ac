package org.silkchain.storage;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/** The last committed block: its height, hash and the state root after it. */
public record ChainTip(long height, Hash blockHash, Hash stateRoot) {
  public static final int TYPE_TAG = 0x0601;
  public static final int VERSION = 1;

  public static final Codec<ChainTip> CODEC =
      new Codec<>() {
        @Override
        public void encode(ChainTip tip, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).u63(tip.height);
          Hash.CODEC.encode(tip.blockHash, out);
          Hash.CODEC.encode(tip.stateRoot, out);
        }

        @Override
        public ChainTip decode(CanonicalReader in) {
          in.header("chainTip", TYPE_TAG, VERSION);
          return new ChainTip(
              in.u63("chainTip.height"), Hash.CODEC.decode(in), Hash.CODEC.decode(in));
        }
      };

  public ChainTip {
    if (height < 0) {
      throw new IllegalArgumentException("negative height " + height);
    }
  }
}
