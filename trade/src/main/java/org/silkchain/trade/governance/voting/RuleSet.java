package org.silkchain.trade.governance.voting;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.runtime.account.Role;

/**
 * The rules one proposal type is decided by. Genesis sets them per type; only an adopted
 * change-rules proposal changes them; a proposal keeps the copy in force when it was tabled.
 *
 * @param quorum share of the eligible members that must vote (for, against or abstain); ignored by
 *     reverse consensus, which needs no turnout
 * @param fallback the majority vote when consensus fails; empty means an objection rejects
 * @param minDeliberationMillis least time between tabling and the opening of the vote
 * @param minVotingMillis least time the vote stays open
 * @param tablers roles whose members may table this type; empty means any member (the governance
 *     secretariat may table every type)
 */
public record RuleSet(
    Procedure procedure,
    Fraction quorum,
    Optional<Majority> fallback,
    long minDeliberationMillis,
    long minVotingMillis,
    Set<Role> tablers) {
  public static final int TYPE_TAG = 0x1003;

  public static final Codec<RuleSet> CODEC =
      new Codec<>() {
        @Override
        public void encode(RuleSet r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u8(r.procedure.code());
          Fraction.CODEC.encode(r.quorum, out);
          out.optional(r.fallback, Majority.CODEC);
          out.u63(r.minDeliberationMillis).u63(r.minVotingMillis).varint(r.tablers.size());
          for (Role role : r.tablers) { // EnumSet order is code order
            out.u8(role.code());
          }
        }

        @Override
        public RuleSet decode(CanonicalReader in) {
          in.header("ruleSet", TYPE_TAG, 1);
          int code = in.u8("ruleSet.procedure");
          Procedure p =
              Procedure.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "ruleSet.procedure " + code));
          Fraction quorum = Fraction.CODEC.decode(in);
          Optional<Majority> fallback = in.optional("ruleSet.fallback", Majority.CODEC);
          long deliberation = in.u63("ruleSet.minDeliberationMillis");
          long voting = in.u63("ruleSet.minVotingMillis");
          return new RuleSet(p, quorum, fallback, deliberation, voting, roles(in));
        }
      };

  public RuleSet {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(quorum, "quorum");
    Objects.requireNonNull(fallback, "fallback");
    if (minDeliberationMillis < 0 || minVotingMillis < 0) {
      throw new IllegalArgumentException("negative period");
    }
    EnumSet<Role> copy = EnumSet.noneOf(Role.class);
    copy.addAll(tablers);
    tablers = Collections.unmodifiableSet(copy);
  }

  /** Consensus with {@code quorum}, falling back to {@code majority}. */
  public static RuleSet consensus(
      Fraction quorum, Majority majority, long deliberation, long voting) {
    return new RuleSet(
        Procedure.CONSENSUS, quorum, Optional.of(majority), deliberation, voting, Set.of());
  }

  public RuleSet withTablers(Role... roles) {
    return new RuleSet(
        procedure, quorum, fallback, minDeliberationMillis, minVotingMillis, Set.of(roles));
  }

  private static Set<Role> roles(CanonicalReader in) {
    int n = (int) in.varint("ruleSet.tablers", Role.values().length);
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    int previous = -1;
    for (int i = 0; i < n; i++) {
      int code = in.u8("ruleSet.tabler");
      if (code <= previous) {
        throw new DecodeException(DecodeException.Reason.NOT_SORTED, "ruleSet.tablers");
      }
      previous = code;
      roles.add(
          Role.fromCode(code)
              .orElseThrow(
                  () -> new DecodeException(DecodeException.Reason.INVALID_VALUE, "role " + code)));
    }
    return roles;
  }
}
