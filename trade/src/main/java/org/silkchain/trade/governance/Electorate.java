package org.silkchain.trade.governance;

import java.util.EnumSet;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.Member;
import org.silkchain.trade.identity.MemberRegistry;
import org.silkchain.trade.identity.Roster;

/**
 * Who may vote: members on the roster, not suspended, with at least one role other than the
 * governance secretariat's. The secretariat runs the process (it tables, it circulates reports)
 * but, like the WTO Secretariat, has no vote.
 *
 * <p>The electorate is taken when a vote is cast (to refuse ineligible senders) and again when the
 * proposal is closed (to count): it is not frozen at tabling. A member suspended during the vote
 * loses its ballot; a member admitted during the vote may vote and counts towards the quorum.
 */
public final class Electorate {
  /** A sender's standing for governance purposes. */
  public enum Standing {
    NOT_A_MEMBER,
    SUSPENDED,
    SECRETARIAT,
    ELIGIBLE
  }

  private Electorate() {}

  public static SortedSet<AccountId> eligible(StateAccess state) {
    TreeSet<AccountId> out = new TreeSet<>();
    for (AccountId a : MemberRegistry.roster(state).active()) {
      if (votes(Identities.member(state, a))) {
        out.add(a);
      }
    }
    return out;
  }

  public static Standing standing(StateAccess state, AccountId account) {
    Roster roster = MemberRegistry.roster(state);
    Optional<Roster.Standing> s = roster.standing(account);
    if (s.isEmpty()) {
      return Standing.NOT_A_MEMBER;
    }
    if (s.get().suspended()) {
      return Standing.SUSPENDED;
    }
    return votes(Identities.member(state, account)) ? Standing.ELIGIBLE : Standing.SECRETARIAT;
  }

  private static boolean votes(Optional<Member> member) {
    if (member.isEmpty()) {
      return false;
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(member.get().roles());
    roles.remove(Role.GOVERNANCE_SECRETARIAT);
    return !roles.isEmpty();
  }
}
