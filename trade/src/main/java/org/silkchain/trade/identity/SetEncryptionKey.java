package org.silkchain.trade.identity;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.envelope.EncryptionPublicKey;

/**
 * Body of {@code identity/set-encryption-key}: the key that sealed content for the sender is to be
 * encrypted to from now on (first registration or rotation).
 */
public record SetEncryptionKey(EncryptionPublicKey key) {
  public static final int TYPE_TAG = 0x0930;

  public static final Codec<SetEncryptionKey> CODEC =
      new Codec<>() {
        @Override
        public void encode(SetEncryptionKey b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          EncryptionPublicKey.CODEC.encode(b.key, out);
        }

        @Override
        public SetEncryptionKey decode(CanonicalReader in) {
          in.header("setEncryptionKey", TYPE_TAG, 1);
          return new SetEncryptionKey(EncryptionPublicKey.CODEC.decode(in));
        }
      };

  public SetEncryptionKey {
    Objects.requireNonNull(key, "key");
  }
}
