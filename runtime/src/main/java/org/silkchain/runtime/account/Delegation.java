package org.silkchain.runtime.account;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;

/**
 * A session key that {@code account} delegated: until {@code expiresAtMillis} (block time,
 * exclusive) a transaction of the account signed by {@code key} alone is authorised for the modules
 * in {@code scope}, and the key may sign the account's API reads. Written by the identity module
 * ({@code identity/delegate}), read by the runtime before dispatch ({@link Delegations}) and by the
 * node's request authentication.
 *
 * <p>Invariants: scope sorted, distinct, 1 to {@value #MAX_SCOPE} module names, never {@value
 * #IDENTITY} (a delegated key may not change keys, guardians, recovery or delegations).
 */
public record Delegation(
    AccountId account, PublicKey key, long expiresAtMillis, List<String> scope) {
  public static final int TYPE_TAG = 0x0940;
  public static final int MAX_SCOPE = 16;

  /** The module a delegated key may never act in. */
  public static final String IDENTITY = "identity";

  /** A module name as it may appear in a scope. */
  public static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  /** The scope as it is encoded: a sorted set of module names (shared with the action bodies). */
  public static final Codec<List<String>> SCOPE =
      new Codec<>() {
        private final Codec<String> name =
            new Codec<>() {
              @Override
              public void encode(String value, CanonicalWriter out) {
                out.string(value);
              }

              @Override
              public String decode(CanonicalReader in) {
                String value = in.string("scope.module", 32);
                if (!MODULE.matcher(value).matches()) {
                  throw new DecodeException(
                      DecodeException.Reason.INVALID_VALUE, "scope.module: " + value);
                }
                return value;
              }
            };

        @Override
        public void encode(List<String> scope, CanonicalWriter out) {
          out.set(scope, name);
        }

        @Override
        public List<String> decode(CanonicalReader in) {
          return in.set("scope", MAX_SCOPE, name);
        }
      };

  public static final Codec<Delegation> CODEC =
      new Codec<>() {
        @Override
        public void encode(Delegation d, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(d.account, out);
          PublicKey.CODEC.encode(d.key, out);
          out.u63(d.expiresAtMillis);
          SCOPE.encode(d.scope, out);
        }

        @Override
        public Delegation decode(CanonicalReader in) {
          in.header("delegation", TYPE_TAG, 1);
          AccountId account = AccountId.CODEC.decode(in);
          PublicKey key = PublicKey.CODEC.decode(in);
          long expires = in.u63("delegation.expiresAtMillis");
          List<String> scope = SCOPE.decode(in);
          if (!validScope(scope)) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "delegation.scope");
          }
          return new Delegation(account, key, expires, scope);
        }
      };

  public Delegation {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(key, "key");
    scope = scope.stream().sorted().distinct().toList();
    if (expiresAtMillis < 0) {
      throw new IllegalArgumentException("negative expiry");
    }
  }

  /** Whether {@code scope} is one a delegation may have: 1..16 module names, not identity. */
  public static boolean validScope(List<String> scope) {
    return !scope.isEmpty()
        && scope.size() <= MAX_SCOPE
        && !scope.contains(IDENTITY)
        && scope.stream().allMatch(m -> MODULE.matcher(m).matches());
  }

  /** Whether the delegation is still live at block time {@code nowMillis}. */
  public boolean liveAt(long nowMillis) {
    return nowMillis < expiresAtMillis;
  }

  /** Whether the key may act in {@code module}: in scope, and never in identity. */
  public boolean covers(String module) {
    return !IDENTITY.equals(module) && scope.contains(module);
  }
}
