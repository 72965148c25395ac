package org.silkchain.runtime.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * Where delegated session keys live in state and what they authorise. The identity module writes
 * {@code identity/delegation/<suite>:<key hex>} ({@link Delegation}); the runtime reads it before
 * dispatch and the node's API when it authenticates a signed read.
 *
 * <p>The rule, deterministic and the same everywhere: a key that is not one of the account's own
 * authorises for the account only when a delegation of that key by that account is stored, has not
 * expired at the given block time, and covers the module; and only for an account whose threshold
 * is 1 (a session key never stands in for several signers of a multi-signature account).
 */
public final class Delegations {
  public static final String NAMESPACE = "identity";

  /** Most delegations one account may hold at once (expired ones are pruned when it delegates). */
  public static final int MAX_PER_ACCOUNT = 8;

  /** Type tag of an account's index of delegated keys. */
  public static final int INDEX_TAG = 0x0943;

  /** An account's delegated keys (sorted set, at most {@value #MAX_PER_ACCOUNT}). */
  public static final Codec<List<PublicKey>> INDEX =
      new Codec<>() {
        @Override
        public void encode(List<PublicKey> keys, CanonicalWriter out) {
          out.header(INDEX_TAG, 1).set(keys, PublicKey.CODEC);
        }

        @Override
        public List<PublicKey> decode(CanonicalReader in) {
          in.header("delegations", INDEX_TAG, 1);
          return in.set("delegations.keys", MAX_PER_ACCOUNT, PublicKey.CODEC);
        }
      };

  private Delegations() {}

  /** The state key of the delegation of {@code key}. */
  public static Bytes key(PublicKey key) {
    return StateKey.of(NAMESPACE, "delegation", part(key));
  }

  /** The key as a state key part: {@code <suite>:<hex>}. */
  public static String part(PublicKey key) {
    return key.suite() + ":" + key.bytes().toHex();
  }

  /** The state key of {@code account}'s index of delegated keys. */
  public static Bytes indexKey(AccountId account) {
    return StateKey.of(NAMESPACE, "delegations", StateKey.part(account));
  }

  /** The delegations {@code account} holds as stored (live or expired), in key order. */
  public static List<Delegation> of(StateAccess state, AccountId account) {
    List<Delegation> found = new ArrayList<>();
    for (PublicKey key : state.read(indexKey(account), INDEX).orElse(List.of())) {
      read(state, key).filter(d -> d.account().equals(account)).ifPresent(found::add);
    }
    return found;
  }

  /** The stored delegation of {@code key}, live or expired. */
  public static Optional<Delegation> read(StateAccess state, PublicKey key) {
    return state.read(key(key), Delegation.CODEC);
  }

  /** Why {@code signer} may not act for {@code account} in {@code module}, if it may not. */
  public enum Refusal {
    /** Neither a key of the account nor a key the account delegated. */
    NOT_DELEGATED,
    /** The account needs more than one signature: delegation does not apply. */
    MULTI_SIGNATURE,
    /** Delegated, but the delegation expired at the given time. */
    EXPIRED,
    /** Delegated and live, but not for this module. */
    OUT_OF_SCOPE
  }

  /**
   * Checks a delegated key: empty if {@code signer} is a live delegation of {@code id} covering
   * {@code module} at {@code nowMillis}; otherwise why not. {@code module} null means "any read"
   * (API reads are not tied to a module).
   */
  public static Optional<Refusal> check(
      StateAccess state,
      AccountId id,
      AccountRecord account,
      PublicKey signer,
      String module,
      long nowMillis) {
    Optional<Delegation> stored = read(state, signer);
    if (stored.isEmpty() || !stored.get().account().equals(id)) {
      return Optional.of(Refusal.NOT_DELEGATED);
    }
    if (account.threshold() != 1) {
      return Optional.of(Refusal.MULTI_SIGNATURE);
    }
    if (!stored.get().liveAt(nowMillis)) {
      return Optional.of(Refusal.EXPIRED);
    }
    if (module != null && !stored.get().covers(module)) {
      return Optional.of(Refusal.OUT_OF_SCOPE);
    }
    return Optional.empty();
  }
}
