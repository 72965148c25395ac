package org.silkchain.trade.identity;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Delegation;
import org.silkchain.runtime.account.Delegations;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;

/**
 * Delegated session keys: an account lets a fresh key sign its transactions in some modules for a
 * while (a browser session), without handing out its own key. The runtime honours the delegation
 * ({@link Delegations}); these are the rules for making and ending one.
 *
 * <p>Rules: only a single-signature account (threshold 1) delegates, since a session key signs
 * alone; the key is of the account's suite and not one of its keys; the scope is 1 to 16 module
 * names and never {@code identity}, so a session key can never delegate, revoke, change keys,
 * guardians or recovery (the runtime refuses identity payloads from it as well); the expiry is
 * after the block time and at most {@link #MAX_DURATION_MILLIS} after it. At most {@link
 * Delegations#MAX_PER_ACCOUNT} live delegations per account; expired ones are pruned when the
 * account delegates. Delegating a key again replaces its expiry and scope; a key another account
 * delegated (and that is still live) is refused. Changing the account's keys (set-keys or a
 * finalized recovery) ends all its delegations.
 */
final class Delegating {
  /** The longest a delegation may last: 30 days of block time. */
  static final long MAX_DURATION_MILLIS = 30L * 24 * 60 * 60 * 1000;

  private Delegating() {}

  static void delegate(ExecutionContext ctx, Delegate body) {
    AccountRecord account = ctx.account(ctx.sender()).orElseThrow();
    require(
        account.threshold() == 1,
        IdentityCodes.INVALID_DELEGATION,
        () ->
            "the account needs " + account.threshold() + " signatures; a session key signs alone");
    require(
        body.key().suite() == account.keys().get(0).suite(),
        IdentityCodes.INVALID_DELEGATION,
        () -> "a " + body.key().suite() + " session key for an account of another suite");
    require(
        !account.keys().contains(body.key()),
        IdentityCodes.INVALID_DELEGATION,
        "the session key is one of the account's own keys");
    require(
        Delegation.validScope(body.scope()),
        IdentityCodes.INVALID_DELEGATION,
        () ->
            "the scope must name 1 to "
                + Delegation.MAX_SCOPE
                + " modules and not identity, got "
                + body.scope());
    long now = ctx.blockTimeMillis();
    require(
        body.expiresAtMillis() > now,
        IdentityCodes.DELEGATION_EXPIRED,
        () -> "expiry " + body.expiresAtMillis() + " is not after block time " + now);
    require(
        body.expiresAtMillis() - now <= MAX_DURATION_MILLIS,
        IdentityCodes.INVALID_DELEGATION,
        () -> "expiry more than " + MAX_DURATION_MILLIS + " ms after block time " + now);
    Optional<Delegation> existing = ctx.read(Delegations.key(body.key()), Delegation.CODEC);
    require(
        existing.isEmpty()
            || existing.get().account().equals(ctx.sender())
            || !existing.get().liveAt(now),
        IdentityCodes.DELEGATION_TAKEN,
        "another account delegated this session key");
    List<PublicKey> live = prune(ctx, ctx.sender(), now);
    live.remove(body.key());
    require(
        live.size() < Delegations.MAX_PER_ACCOUNT,
        IdentityCodes.DELEGATION_LIMIT,
        () -> "the account already has " + live.size() + " live delegations; revoke one first");
    live.add(body.key());
    live.sort(null);
    Delegation d = new Delegation(ctx.sender(), body.key(), body.expiresAtMillis(), body.scope());
    ctx.write(Delegations.key(body.key()), Delegation.CODEC, d);
    ctx.write(Delegations.indexKey(ctx.sender()), Delegations.INDEX, live);
    ctx.emit(
        event("delegated", ctx.sender(), body.key())
            .with("expires-at", body.expiresAtMillis())
            .with("modules", d.scope().size()));
  }

  static void revoke(ExecutionContext ctx, SessionKey body) {
    Optional<Delegation> existing = ctx.read(Delegations.key(body.key()), Delegation.CODEC);
    require(
        existing.isPresent() && existing.get().account().equals(ctx.sender()),
        IdentityCodes.NO_DELEGATION,
        () -> "the sender delegated no session key " + body.key());
    ctx.delete(Delegations.key(body.key()));
    List<PublicKey> keys = new ArrayList<>(index(ctx, ctx.sender()));
    keys.remove(body.key());
    writeIndex(ctx, ctx.sender(), keys);
    ctx.emit(event("delegation-revoked", ctx.sender(), body.key()));
  }

  /** Ends every delegation of {@code account}: its keys changed. */
  static void endAll(ExecutionContext ctx, AccountId account) {
    List<PublicKey> keys = index(ctx, account);
    for (PublicKey key : keys) {
      if (ctx.read(Delegations.key(key), Delegation.CODEC)
          .filter(d -> d.account().equals(account))
          .isPresent()) {
        ctx.delete(Delegations.key(key));
      }
    }
    if (!keys.isEmpty()) {
      ctx.delete(Delegations.indexKey(account));
      ctx.emit(
          Event.of(IdentityModule.NAME, "delegations-ended").with("account", account.toString()));
    }
  }

  /**
   * Drops from {@code account}'s index what is no longer its live delegation (expired, revoked or
   * since delegated by another account), deleting its own expired records; the live keys remain.
   */
  private static List<PublicKey> prune(ExecutionContext ctx, AccountId account, long now) {
    List<PublicKey> live = new ArrayList<>();
    for (PublicKey key : index(ctx, account)) {
      Optional<Delegation> d = ctx.read(Delegations.key(key), Delegation.CODEC);
      if (d.isPresent() && d.get().account().equals(account)) {
        if (d.get().liveAt(now)) {
          live.add(key);
        } else {
          ctx.delete(Delegations.key(key));
        }
      }
    }
    return live;
  }

  private static List<PublicKey> index(ExecutionContext ctx, AccountId account) {
    return ctx.read(Delegations.indexKey(account), Delegations.INDEX).orElse(List.of());
  }

  private static void writeIndex(ExecutionContext ctx, AccountId account, List<PublicKey> keys) {
    if (keys.isEmpty()) {
      ctx.delete(Delegations.indexKey(account));
    } else {
      ctx.write(Delegations.indexKey(account), Delegations.INDEX, keys);
    }
  }

  private static Event event(String type, AccountId account, PublicKey key) {
    return Event.of(IdentityModule.NAME, type)
        .with("account", account.toString())
        .with("key", key.toString());
  }

  static Rejection noDelegation(SessionKey q) {
    return new Rejection(
        org.silkchain.runtime.result.ResultCode.NOT_FOUND, "no delegation of " + q.key());
  }
}
