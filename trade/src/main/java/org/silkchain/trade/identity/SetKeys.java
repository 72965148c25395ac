package org.silkchain.trade.identity;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.runtime.module.Fields;

/** Body of {@code identity/set-keys}: the sender's new keys and threshold (rotation, multisig). */
public record SetKeys(List<PublicKey> keys, int threshold) {
  public static final int TYPE_TAG = 0x0911;

  public static final Codec<SetKeys> CODEC =
      new Codec<>() {
        @Override
        public void encode(SetKeys b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Fields.KEYS.encode(b.keys, out);
          out.u8(b.threshold);
        }

        @Override
        public SetKeys decode(CanonicalReader in) {
          in.header("setKeys", TYPE_TAG, 1);
          return new SetKeys(Fields.KEYS.decode(in), in.u8("setKeys.threshold"));
        }
      };

  public SetKeys {
    keys = keys.stream().sorted().toList();
  }
}
