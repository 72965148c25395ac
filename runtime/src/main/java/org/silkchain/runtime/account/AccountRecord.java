package org.silkchain.runtime.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.SignedTransaction;

/**
 * An account as the runtime checks it before dispatching a transaction: the nonce the next
 * transaction must carry, the keys that may sign and how many of them must ({@code threshold}, m of
 * n), the roles that decide which actions it may send, and whether it is frozen.
 *
 * <p>Invariants: 1 to {@value SignedTransaction#MAX_SIGNATURES} distinct keys, sorted; {@code 1 <=
 * threshold <= keys.size()}; nonce not negative. Kept under {@code account/<id hex>} (the key the
 * node's genesis already uses; this encoding, tag 0x0802, replaces the node's minimal one).
 */
public record AccountRecord(
    long nonce, List<PublicKey> keys, int threshold, Set<Role> roles, boolean frozen) {
  public static final int TYPE_TAG = 0x0802;
  public static final int VERSION = 1;

  public static final Codec<AccountRecord> CODEC =
      new Codec<>() {
        @Override
        public void encode(AccountRecord a, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).u63(a.nonce).set(a.keys, PublicKey.CODEC);
          out.u8(a.threshold).varint(a.roles.size());
          for (Role r : a.roles) { // EnumSet iterates in declaration order = code order
            out.u8(r.code());
          }
          out.bool(a.frozen);
        }

        @Override
        public AccountRecord decode(CanonicalReader in) {
          in.header("account", TYPE_TAG, VERSION);
          long nonce = in.u63("account.nonce");
          List<PublicKey> keys =
              in.set("account.keys", SignedTransaction.MAX_SIGNATURES, PublicKey.CODEC);
          int threshold = in.u8("account.threshold");
          int n = (int) in.varint("account.roles", Role.values().length);
          EnumSet<Role> roles = EnumSet.noneOf(Role.class);
          int previous = -1;
          for (int i = 0; i < n; i++) {
            int code = in.u8("account.role");
            if (code <= previous) {
              throw new DecodeException(DecodeException.Reason.NOT_SORTED, "account.roles");
            }
            previous = code;
            roles.add(
                Role.fromCode(code)
                    .orElseThrow(
                        () ->
                            new DecodeException(
                                DecodeException.Reason.INVALID_VALUE, "account.role " + code)));
          }
          boolean frozen = in.bool("account.frozen");
          if (keys.isEmpty() || threshold < 1 || threshold > keys.size()) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "account: threshold/keys");
          }
          return new AccountRecord(nonce, keys, threshold, roles, frozen);
        }
      };

  public AccountRecord {
    List<PublicKey> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).equals(sorted.get(i - 1))) {
        throw new IllegalArgumentException("duplicate key " + sorted.get(i));
      }
    }
    keys = List.copyOf(sorted);
    EnumSet<Role> sortedRoles = EnumSet.noneOf(Role.class);
    sortedRoles.addAll(roles);
    roles = java.util.Collections.unmodifiableSet(sortedRoles);
    if (nonce < 0) {
      throw new IllegalArgumentException("negative nonce");
    }
    if (!validKeys(keys.size(), threshold)) {
      throw new IllegalArgumentException(
          "need 1.." + SignedTransaction.MAX_SIGNATURES + " keys and 1 <= threshold <= keys");
    }
  }

  /** A fresh single-key account. */
  public static AccountRecord single(PublicKey key, Set<Role> roles) {
    return new AccountRecord(0, List.of(key), 1, roles, false);
  }

  /** Whether {@code keyCount} keys with threshold {@code threshold} is a valid key set. */
  public static boolean validKeys(int keyCount, int threshold) {
    return keyCount >= 1
        && keyCount <= SignedTransaction.MAX_SIGNATURES
        && threshold >= 1
        && threshold <= keyCount;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public AccountRecord withNonce(long next) {
    return new AccountRecord(next, keys, threshold, roles, frozen);
  }

  public AccountRecord withKeys(List<PublicKey> newKeys, int newThreshold) {
    return new AccountRecord(nonce, newKeys, newThreshold, roles, frozen);
  }

  public AccountRecord withFrozen(boolean value) {
    return new AccountRecord(nonce, keys, threshold, roles, value);
  }
}
