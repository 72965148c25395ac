package org.silkchain.trade.identity;

import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.runtime.account.Delegation;

/**
 * Body of {@code identity/delegate}: the session key the sender delegates, until when (block time,
 * Unix ms, exclusive) and for which modules (a sorted set of module names).
 */
public record Delegate(PublicKey key, long expiresAtMillis, List<String> scope) {
  public static final int TYPE_TAG = 0x0941;

  public static final Codec<Delegate> CODEC =
      new Codec<>() {
        @Override
        public void encode(Delegate b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          PublicKey.CODEC.encode(b.key, out);
          out.u63(b.expiresAtMillis);
          Delegation.SCOPE.encode(b.scope, out);
        }

        @Override
        public Delegate decode(CanonicalReader in) {
          in.header("delegate", TYPE_TAG, 1);
          return new Delegate(
              PublicKey.CODEC.decode(in),
              in.u63("delegate.expiresAtMillis"),
              Delegation.SCOPE.decode(in));
        }
      };

  public Delegate {
    Objects.requireNonNull(key, "key");
    scope = scope.stream().sorted().distinct().toList();
  }
}
