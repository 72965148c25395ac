package org.silkchain.trade.identity;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;

/**
 * A delegated session key: the body of {@code identity/revoke-delegation} and the request of the
 * {@code identity/delegation} query.
 */
public record SessionKey(PublicKey key) {
  public static final int TYPE_TAG = 0x0942;

  public static final Codec<SessionKey> CODEC =
      new Codec<>() {
        @Override
        public void encode(SessionKey b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          PublicKey.CODEC.encode(b.key, out);
        }

        @Override
        public SessionKey decode(CanonicalReader in) {
          in.header("sessionKey", TYPE_TAG, 1);
          return new SessionKey(PublicKey.CODEC.decode(in));
        }
      };

  public SessionKey {
    Objects.requireNonNull(key, "key");
  }
}
