package org.silkchain.trade.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;

/**
 * The index of members by jurisdiction and role: {@code identity/by-jurisdiction/<CC>/<role label>}
 * holds the sorted set of member accounts with that role in that jurisdiction. The state offers no
 * range scans, so rules that must find, say, the regulators of a country read this one entry.
 *
 * <p>Genesis fills it ({@link IdentityGenesis}); whatever else admits or removes a member must call
 * {@link #add} or {@link #remove} in the same transaction, or the index goes stale.
 */
public final class Jurisdictions {
  public static final int TYPE_TAG = 0x0932;

  /** More members of one role in one country than any consortium will have. */
  public static final int MAX_MEMBERS = 4096;

  static final Codec<List<AccountId>> CODEC =
      new Codec<>() {
        @Override
        public void encode(List<AccountId> accounts, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).set(accounts, AccountId.CODEC);
        }

        @Override
        public List<AccountId> decode(CanonicalReader in) {
          in.header("byJurisdiction", TYPE_TAG, 1);
          return in.set("byJurisdiction.accounts", MAX_MEMBERS, AccountId.CODEC);
        }
      };

  private Jurisdictions() {}

  public static Bytes key(String jurisdiction, Role role) {
    return StateKey.of(IdentityModule.NAME, "by-jurisdiction", jurisdiction, role.label());
  }

  /** The members with {@code role} in {@code jurisdiction}, ascending. */
  public static List<AccountId> members(StateAccess state, String jurisdiction, Role role) {
    if (!Member.COUNTRY.matcher(jurisdiction).matches()) {
      return List.of();
    }
    return state.read(key(jurisdiction, role), CODEC).orElse(List.of());
  }

  /** Indexes an admitted member under each of its roles (call in the admitting transaction). */
  public static void add(ExecutionContext ctx, Member member) {
    for (Role role : member.roles()) {
      Bytes key = key(member.jurisdiction(), role);
      ctx.write(key, CODEC, with(ctx.read(key, CODEC), member.account()));
    }
  }

  /** Removes a member from the index under each of its roles (expulsion, change of roles). */
  public static void remove(ExecutionContext ctx, Member member) {
    for (Role role : member.roles()) {
      Bytes key = key(member.jurisdiction(), role);
      List<AccountId> rest = new ArrayList<>(ctx.read(key, CODEC).orElse(List.of()));
      rest.remove(member.account());
      if (rest.isEmpty()) {
        ctx.delete(key);
      } else {
        ctx.write(key, CODEC, rest);
      }
    }
  }

  /** As {@link #add}, on a genesis state being built. */
  static void add(Map<Bytes, Bytes> genesis, Member member) {
    for (Role role : member.roles()) {
      Bytes key = key(member.jurisdiction(), role);
      Optional<List<AccountId>> current = Optional.ofNullable(genesis.get(key)).map(CODEC::decode);
      genesis.put(key, CODEC.encode(with(current, member.account())));
    }
  }

  private static List<AccountId> with(Optional<List<AccountId>> current, AccountId account) {
    TreeSet<AccountId> set = new TreeSet<>(current.orElse(List.of()));
    set.add(account);
    return List.copyOf(set);
  }
}
