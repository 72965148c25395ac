package org.silkchain.trade.governance;

import java.util.List;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.module.Empty;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.module.Query;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.governance.concentration.Concentration;
import org.silkchain.trade.governance.concentration.ConcentrationReport;
import org.silkchain.trade.governance.params.Parameter;
import org.silkchain.trade.governance.params.Parameters;
import org.silkchain.trade.governance.voting.RuleSet;
import org.silkchain.trade.identity.MemberRegistry;
import org.silkchain.trade.identity.Roster;

/**
 * Member governance: proposals, votes, outcomes and their execution (see {@code
 * docs/governance.md}).
 *
 * <p>Actions (payload {@code governance/<action>}, any account; the rules check who): {@code table}
 * ({@link Table}), {@code withdraw}, {@code vote} ({@link Cast}), {@code close}, {@code execute}
 * ({@link ProposalRef}). Queries: {@code proposal} and {@code votes} by {@link ProposalRef}, {@code
 * proposals} (how many were tabled), {@code rules} (by proposal type code), {@code text} (by
 * content hash), {@code parameter} (by name: the values in force), {@code roster}, {@code
 * concentration}.
 */
public final class GovernanceModule implements TradeModule {
  public static final String NAME = "governance";

  public static final Action<Table> TABLE = Action.open("table", Table.CODEC, Tabling::table);
  public static final Action<ProposalRef> WITHDRAW =
      Action.open("withdraw", ProposalRef.CODEC, Tabling::withdraw);
  public static final Action<Cast> VOTE = Action.open("vote", Cast.CODEC, Balloting::vote);
  public static final Action<ProposalRef> CLOSE =
      Action.open("close", ProposalRef.CODEC, Closing::close);
  public static final Action<ProposalRef> EXECUTE =
      Action.open("execute", ProposalRef.CODEC, Closing::execute);

  /** Every ballot on a proposal. */
  public static final Codec<List<Ballot>> BALLOTS =
      new Codec<>() {
        @Override
        public void encode(List<Ballot> ballots, CanonicalWriter out) {
          out.list(ballots, Ballot.CODEC);
        }

        @Override
        public List<Ballot> decode(CanonicalReader in) {
          return in.list("ballots", Governance.MAX_VOTERS, Ballot.CODEC);
        }
      };

  /** Values of a parameter: one number, or a calendar's closed days. */
  public static final Codec<List<Long>> VALUES =
      new Codec<>() {
        @Override
        public void encode(List<Long> values, CanonicalWriter out) {
          out.list(values, Fields.U63);
        }

        @Override
        public List<Long> decode(CanonicalReader in) {
          return in.list("values", 512, Fields.U63);
        }
      };

  public static final Query<ProposalRef, Proposal> PROPOSAL =
      new Query<>(
          "proposal",
          ProposalRef.CODEC,
          Proposal.CODEC,
          (state, q) ->
              Governance.proposal(state, q.proposal())
                  .orElseThrow(
                      () ->
                          new Rejection(
                              GovernanceCodes.UNKNOWN_PROPOSAL, "no proposal " + q.proposal())));
  public static final Query<Empty, Long> PROPOSALS =
      new Query<>(
          "proposals", Empty.CODEC, Fields.U63, (state, q) -> Governance.proposalCount(state));
  public static final Query<ProposalRef, List<Ballot>> VOTES =
      new Query<>(
          "votes",
          ProposalRef.CODEC,
          BALLOTS,
          (state, q) -> Governance.ballots(state, q.proposal()));
  public static final Query<Long, RuleSet> RULES =
      new Query<>(
          "rules",
          Fields.U63,
          RuleSet.CODEC,
          (state, code) ->
              ProposalType.fromCode((int) Math.min(code, 255))
                  .map(t -> Governance.rules(state, t))
                  .orElseThrow(
                      () ->
                          new Rejection(
                              ResultCode.NOT_FOUND, "no proposal type with code " + code)));
  public static final Query<Hash, Text> TEXT =
      new Query<>(
          "text",
          Hash.CODEC,
          Text.CODEC,
          (state, hash) ->
              Governance.text(state, hash)
                  .orElseThrow(() -> new Rejection(ResultCode.NOT_FOUND, "no text " + hash)));
  public static final Query<String, List<Long>> PARAMETER =
      new Query<>(
          "parameter",
          Fields.string("parameter", 48, Pattern.compile("[a-z][a-z0-9.-]{0,47}")),
          VALUES,
          (state, name) -> {
            if (name.startsWith("calendar.") && name.length() == "calendar.".length() + 2) {
              return Parameters.closedDays(state, name.substring("calendar.".length())).stream()
                  .map(java.time.LocalDate::toEpochDay)
                  .toList();
            }
            return Parameter.fromLabel(name)
                .map(p -> List.of(Parameters.number(state, p)))
                .orElseThrow(() -> new Rejection(ResultCode.NOT_FOUND, "no parameter " + name));
          });
  public static final Query<Empty, Roster> ROSTER =
      new Query<>("roster", Empty.CODEC, Roster.CODEC, (state, q) -> MemberRegistry.roster(state));
  public static final Query<Empty, ConcentrationReport> CONCENTRATION =
      new Query<>(
          "concentration",
          Empty.CODEC,
          ConcentrationReport.CODEC,
          (state, q) -> Concentration.of(state));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Action<?>> actions() {
    return List.of(TABLE, WITHDRAW, VOTE, CLOSE, EXECUTE);
  }

  @Override
  public List<Query<?, ?>> queries() {
    return List.of(PROPOSAL, PROPOSALS, VOTES, RULES, TEXT, PARAMETER, ROSTER, CONCENTRATION);
  }
}
