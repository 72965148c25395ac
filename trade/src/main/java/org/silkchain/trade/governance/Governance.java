package org.silkchain.trade.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.state.StateKey;
import org.silkchain.trade.governance.voting.RuleSet;

/**
 * The governance module's state layout and its read API for other modules and clients:
 *
 * <ul>
 *   <li>{@code governance/next-id}: the id the next proposal gets (u63, from 1)
 *   <li>{@code governance/proposal/<id>}: {@link Proposal}
 *   <li>{@code governance/voters/<id>}: accounts that voted on it, sorted (so ballots can be
 *       listed)
 *   <li>{@code governance/ballot/<id>/<account hex>}: {@link Ballot}
 *   <li>{@code governance/rules/<type label>}: {@link RuleSet} (absent: {@link
 *       GovernanceGenesis#defaults()})
 *   <li>{@code governance/text/<hash hex>}: {@link Text}
 *   <li>{@code governance/groups}: {@link ControlGroups}
 *   <li>{@code governance/params/<name>}: see {@link
 *       org.silkchain.trade.governance.params.Parameters}
 * </ul>
 */
public final class Governance {
  /** Voters per proposal: members come and go during a vote, so more than the roster holds. */
  static final int MAX_VOTERS = 4 * org.silkchain.trade.identity.Roster.MAX_MEMBERS;

  static final Codec<List<AccountId>> ACCOUNTS =
      new Codec<>() {
        @Override
        public void encode(List<AccountId> accounts, CanonicalWriter out) {
          out.header(0x1008, 1).set(accounts, AccountId.CODEC);
        }

        @Override
        public List<AccountId> decode(CanonicalReader in) {
          in.header("accounts", 0x1008, 1);
          return in.set("accounts", MAX_VOTERS, AccountId.CODEC);
        }
      };

  private Governance() {}

  static Bytes nextIdKey() {
    return StateKey.of(GovernanceModule.NAME, "next-id");
  }

  public static Bytes proposalKey(long id) {
    return StateKey.of(GovernanceModule.NAME, "proposal", StateKey.part(id));
  }

  static Bytes votersKey(long id) {
    return StateKey.of(GovernanceModule.NAME, "voters", StateKey.part(id));
  }

  static Bytes ballotKey(long id, AccountId voter) {
    return StateKey.of(GovernanceModule.NAME, "ballot", StateKey.part(id), StateKey.part(voter));
  }

  public static Bytes rulesKey(ProposalType type) {
    return StateKey.of(GovernanceModule.NAME, "rules", type.label());
  }

  public static Bytes textKey(Hash hash) {
    return StateKey.of(GovernanceModule.NAME, "text", hash.toHex());
  }

  /** How many proposals have been tabled (ids run from 1 to this). */
  public static long proposalCount(StateAccess state) {
    return state.read(nextIdKey(), Fields.U63).orElse(1L) - 1;
  }

  public static Optional<Proposal> proposal(StateAccess state, long id) {
    return state.read(proposalKey(id), Proposal.CODEC);
  }

  /** The rules a proposal of {@code type} tabled now would be decided by. */
  public static RuleSet rules(StateAccess state, ProposalType type) {
    return state
        .read(rulesKey(type), RuleSet.CODEC)
        .orElseGet(() -> GovernanceGenesis.defaults().get(type));
  }

  static List<AccountId> voters(StateAccess state, long id) {
    return state.read(votersKey(id), ACCOUNTS).orElse(List.of());
  }

  /** Every member's current ballot on proposal {@code id}, in account order. */
  public static List<Ballot> ballots(StateAccess state, long id) {
    List<Ballot> out = new ArrayList<>();
    for (AccountId voter : voters(state, id)) {
      state.read(ballotKey(id, voter), Ballot.CODEC).ifPresent(out::add);
    }
    return out;
  }

  public static Optional<Text> text(StateAccess state, Hash hash) {
    return state.read(textKey(hash), Text.CODEC);
  }
}
