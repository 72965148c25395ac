package org.silkchain.trade.identity;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * Membership changes that the consortium decides by vote (governance calls these after a proposal
 * is adopted; no action of its own exposes them). The {@link Roster} lists every member and its
 * standing.
 *
 * <p>What suspension means: a suspended member keeps its account, roles, balances and validators
 * (freezing is the regulator's separate power and a validator leaves only by its own proposal), but
 * loses its membership rights: it may not table proposals or vote and is not counted in any
 * electorate or quorum. Removal ends membership: the registry entry and roster place go, and the
 * account keeps its balances but loses every role, so it can still redeem or pay out what it holds
 * but no longer act as a bank, carrier or office. Validators it operates stay until a
 * remove-validator proposal takes them out (the concentration query no longer attributes them).
 */
public final class MemberRegistry {
  /** Identity-module codes for membership changes (stable). */
  public static final ResultCode NOT_A_MEMBER = ResultCode.of(IdentityModule.NAME, "NOT_A_MEMBER");

  public static final ResultCode MEMBER_EXISTS =
      ResultCode.of(IdentityModule.NAME, "MEMBER_EXISTS");
  public static final ResultCode ALREADY_SUSPENDED =
      ResultCode.of(IdentityModule.NAME, "ALREADY_SUSPENDED");
  public static final ResultCode NOT_SUSPENDED =
      ResultCode.of(IdentityModule.NAME, "NOT_SUSPENDED");
  public static final ResultCode ROSTER_FULL = ResultCode.of(IdentityModule.NAME, "ROSTER_FULL");

  private MemberRegistry() {}

  /** A member to admit: its registry entry's fields and the keys of its new account. */
  public record Admission(
      String id,
      String name,
      Set<Role> roles,
      String jurisdiction,
      Optional<String> bic,
      List<PublicKey> keys,
      int threshold) {
    public Admission {
      keys = keys.stream().sorted().toList();
    }
  }

  public static Bytes rosterKey() {
    return StateKey.of(IdentityModule.NAME, "roster");
  }

  public static Roster roster(StateAccess state) {
    return state.read(rosterKey(), Roster.CODEC).orElse(Roster.EMPTY);
  }

  /** The genesis roster of {@code members} (none suspended). */
  public static SortedMap<Bytes, Bytes> genesis(HashFunction hash, List<PublicKey> signingKeys) {
    Roster roster = Roster.EMPTY;
    for (PublicKey key : signingKeys) {
      roster = roster.with(IdentityGenesis.accountOf(hash, key), false);
    }
    TreeMap<Bytes, Bytes> state = new TreeMap<>();
    state.put(rosterKey(), Roster.CODEC.encode(roster));
    return state;
  }

  /** The account id of an admitted member: derived from its initial keys. */
  public static AccountId accountOf(HashFunction hash, List<PublicKey> keys) {
    return AccountId.fromInitialKeys(hash, keys);
  }

  /** Opens the member's account with its keys and roles and registers it; returns the account. */
  public static AccountId admit(ExecutionContext ctx, Admission a) {
    require(
        AccountRecord.validKeys(a.keys().size(), a.threshold()),
        IdentityCodes.INVALID_KEYS,
        "need 1..16 keys and 1 <= threshold <= keys");
    AccountId account = accountOf(ctx.hash(), a.keys());
    require(
        ctx.account(account).isEmpty(),
        IdentityCodes.ACCOUNT_EXISTS,
        () -> "account " + account + " exists");
    Roster roster = roster(ctx);
    require(roster.members().size() < Roster.MAX_MEMBERS, ROSTER_FULL, "the roster is full");
    for (Roster.Standing s : roster.members()) {
      Optional<Member> other = Identities.member(ctx, s.account());
      require(
          other.isEmpty() || !other.get().id().equals(a.id()),
          MEMBER_EXISTS,
          () -> "a member is already called " + a.id());
    }
    Member member;
    try {
      member = new Member(a.id(), a.name(), a.roles(), a.jurisdiction(), a.bic(), account);
    } catch (IllegalArgumentException e) {
      throw new Rejection(ResultCode.INVALID_ARGUMENT, e.getMessage());
    }
    ctx.putAccount(account, new AccountRecord(0, a.keys(), a.threshold(), a.roles(), false));
    ctx.write(Identities.memberKey(account), Member.CODEC, member);
    // Regulators found by jurisdiction become recipients of sealed content from now on; the new
    // member registers its own encryption key (identity/set-encryption-key) with its first act.
    Jurisdictions.add(ctx, member);
    ctx.write(rosterKey(), Roster.CODEC, roster.with(account, false));
    ctx.emit(event("member-admitted", account));
    return account;
  }

  public static void suspend(ExecutionContext ctx, AccountId account) {
    Roster roster = roster(ctx);
    Roster.Standing s = standing(roster, account);
    require(!s.suspended(), ALREADY_SUSPENDED, () -> "member " + account + " is suspended");
    ctx.write(rosterKey(), Roster.CODEC, roster.with(account, true));
    ctx.emit(event("member-suspended", account));
  }

  public static void reinstate(ExecutionContext ctx, AccountId account) {
    Roster roster = roster(ctx);
    Roster.Standing s = standing(roster, account);
    require(s.suspended(), NOT_SUSPENDED, () -> "member " + account + " is not suspended");
    ctx.write(rosterKey(), Roster.CODEC, roster.with(account, false));
    ctx.emit(event("member-reinstated", account));
  }

  public static void remove(ExecutionContext ctx, AccountId account) {
    Roster roster = roster(ctx);
    standing(roster, account);
    ctx.write(rosterKey(), Roster.CODEC, roster.without(account));
    Optional<Member> member = Identities.member(ctx, account);
    if (member.isPresent()) {
      Jurisdictions.remove(ctx, member.get());
    }
    ctx.delete(Identities.memberKey(account));
    ctx.account(account)
        .ifPresent(
            a ->
                ctx.putAccount(
                    account,
                    new AccountRecord(a.nonce(), a.keys(), a.threshold(), Set.of(), a.frozen())));
    ctx.emit(event("member-removed", account));
  }

  /** Members in the roster with their registry entries, in account order. */
  public static List<Member> members(StateAccess state) {
    List<Member> out = new ArrayList<>();
    for (Roster.Standing s : roster(state).members()) {
      Identities.member(state, s.account()).ifPresent(out::add);
    }
    return out;
  }

  private static Roster.Standing standing(Roster roster, AccountId account) {
    return roster
        .standing(account)
        .orElseThrow(() -> new Rejection(NOT_A_MEMBER, "no member " + account));
  }

  private static Event event(String type, AccountId account) {
    return Event.of(IdentityModule.NAME, type).with("account", account.toString());
  }
}
