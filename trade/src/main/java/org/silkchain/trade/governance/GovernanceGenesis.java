package org.silkchain.trade.governance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.runtime.account.Role;
import org.silkchain.trade.governance.voting.Fraction;
import org.silkchain.trade.governance.voting.Majority;
import org.silkchain.trade.governance.voting.Procedure;
import org.silkchain.trade.governance.voting.RuleSet;
import org.silkchain.trade.identity.IdentityGenesis;
import org.silkchain.trade.identity.MemberRegistry;

/**
 * The governance part of the genesis state: the member roster (every genesis member, none
 * suspended), the rule set of each proposal type, and declared control groups.
 *
 * <p>Default rules, after the WTO Agreement (Art. IX, X) and the DSU (Art. 16.4): every type is
 * decided by consensus with a quorum of half the eligible members; when consensus fails, a vote by
 * three quarters of the members for waivers and interpretations, two thirds of the members for
 * trade rules (amendments), rule changes, admissions, removals and basket changes, and a simple
 * majority of votes cast otherwise. Dispute-settlement reports are adopted by reverse consensus and
 * only the secretariat tables them. No minimum deliberation; voting stays open at least one minute
 * (a production consortium will set days in its genesis).
 */
public final class GovernanceGenesis {
  public static final Fraction DEFAULT_QUORUM = Fraction.HALF;
  public static final long DEFAULT_MIN_VOTING_MILLIS = 60_000;

  private GovernanceGenesis() {}

  public static Map<ProposalType, RuleSet> defaults() {
    EnumMap<ProposalType, RuleSet> rules = new EnumMap<>(ProposalType.class);
    Majority simple = Majority.simple();
    Majority twoThirds = Majority.ofMembers(Fraction.TWO_THIRDS);
    Majority threeQuarters = Majority.ofMembers(Fraction.THREE_QUARTERS);
    for (ProposalType t : ProposalType.values()) {
      Majority m =
          switch (t) {
            case ADOPT_WAIVER, ADOPT_INTERPRETATION -> threeQuarters;
            case ADOPT_TRADE_RULE, CHANGE_RULES, ADMIT_MEMBER, REMOVE_MEMBER, SET_BASKET ->
                twoThirds;
            default -> simple;
          };
      rules.put(t, consensus(m));
    }
    rules.put(
        ProposalType.ADOPT_DS_REPORT,
        new RuleSet(
            Procedure.REVERSE_CONSENSUS,
            Fraction.ZERO,
            Optional.empty(),
            0,
            DEFAULT_MIN_VOTING_MILLIS,
            Set.of(Role.GOVERNANCE_SECRETARIAT)));
    return rules;
  }

  private static RuleSet consensus(Majority fallback) {
    return RuleSet.consensus(DEFAULT_QUORUM, fallback, 0, DEFAULT_MIN_VOTING_MILLIS);
  }

  /**
   * The state entries for {@code members} under {@code rules} with {@code groups}, in key order.
   */
  public static SortedMap<Bytes, Bytes> state(
      HashFunction hash,
      List<IdentityGenesis.MemberSpec> members,
      Map<ProposalType, RuleSet> rules,
      ControlGroups groups) {
    TreeMap<Bytes, Bytes> state =
        new TreeMap<>(
            MemberRegistry.genesis(
                hash, members.stream().map(IdentityGenesis.MemberSpec::signingKey).toList()));
    rules.forEach((type, r) -> state.put(Governance.rulesKey(type), RuleSet.CODEC.encode(r)));
    if (!groups.groups().isEmpty()) {
      state.put(ControlGroups.key(), ControlGroups.CODEC.encode(groups));
    }
    return state;
  }

  /** The state entries for {@code members} with the default rules and no control groups. */
  public static SortedMap<Bytes, Bytes> state(
      HashFunction hash, List<IdentityGenesis.MemberSpec> members) {
    return state(hash, members, defaults(), ControlGroups.NONE);
  }
}
