package org.silkchain.trade.identity;

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
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Role;

/**
 * The identity part of the genesis state: for each member, its account (single signing key, its
 * roles, nonce 0) and its registry entry. The account id is {@code AccountId.fromInitialKeys(hash,
 * [signingKey])}, as the node's genesis derives it.
 */
public final class IdentityGenesis {
  /** A member as the genesis file describes it. */
  public record MemberSpec(
      String id,
      String name,
      Set<Role> roles,
      String jurisdiction,
      Optional<String> bic,
      PublicKey signingKey) {}

  private IdentityGenesis() {}

  public static AccountId accountOf(HashFunction hash, PublicKey signingKey) {
    return AccountId.fromInitialKeys(hash, List.of(signingKey));
  }

  /** The state entries for {@code members}, in key order. */
  public static SortedMap<Bytes, Bytes> state(HashFunction hash, List<MemberSpec> members) {
    TreeMap<Bytes, Bytes> state = new TreeMap<>();
    for (MemberSpec m : members) {
      AccountId account = accountOf(hash, m.signingKey());
      Member member = new Member(m.id(), m.name(), m.roles(), m.jurisdiction(), m.bic(), account);
      if (state.put(
              Accounts.key(account),
              Accounts.encode(AccountRecord.single(m.signingKey(), m.roles())))
          != null) {
        throw new IllegalArgumentException("two members share the key of " + m.id());
      }
      state.put(Identities.memberKey(account), Member.CODEC.encode(member));
      Jurisdictions.add(state, member);
    }
    return state;
  }
}
