package org.silkchain.trade.governance.voting;

import java.util.Map;
import java.util.Set;

/**
 * The vote count as a pure function: rule set, ballots, eligible electorate and time in, outcome
 * out. No state, no clock; the governance module feeds it what state holds when a proposal is
 * closed, and the property tests feed it random vote sets.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Before the deadline the outcome is {@link Outcome#PENDING}: votes may still change, so with
 *       any eligible member left nothing is settled early.
 *   <li>Only ballots of eligible members count (a suspended member's ballot is ignored, even if
 *       cast before the suspension).
 *   <li>Reverse consensus: rejected only if the electorate is not empty and every eligible member
 *       voted against; otherwise adopted. No quorum applies (silence adopts).
 *   <li>Consensus: an empty electorate or fewer votes (abstentions included) than the quorum share
 *       of the electorate is {@link Outcome#NO_QUORUM}. With the quorum present and no vote
 *       against, adopted by consensus. With a vote against: the fallback majority decides, and
 *       without a fallback the objection rejects.
 *   <li>A tie never reaches a majority: votes for must outnumber votes against.
 * </ol>
 */
public final class Tally {
  private Tally() {}

  /** The outcome and the count it rests on. */
  public record Result(Outcome outcome, Count count) {}

  /**
   * Counts the ballots of {@code electorate} and decides at {@code now} for a vote whose deadline
   * is {@code deadline} (both block time in milliseconds).
   */
  public static <K> Result decide(
      RuleSet rules, Map<K, Vote> ballots, Set<K> electorate, long now, long deadline) {
    Count count = count(ballots, electorate);
    if (now < deadline) {
      return new Result(Outcome.PENDING, count);
    }
    return new Result(outcome(rules, count), count);
  }

  /** The ballots of eligible members, counted. */
  public static <K> Count count(Map<K, Vote> ballots, Set<K> electorate) {
    long votesFor = 0;
    long against = 0;
    long abstain = 0;
    for (K member : electorate) {
      Vote v = ballots.get(member);
      if (v == null) {
        continue;
      }
      switch (v) {
        case FOR -> votesFor++;
        case AGAINST -> against++;
        case ABSTAIN -> abstain++;
      }
    }
    return new Count(votesFor, against, abstain, electorate.size());
  }

  /** The final outcome of {@code count} under {@code rules}. */
  public static Outcome outcome(RuleSet rules, Count count) {
    if (rules.procedure() == Procedure.REVERSE_CONSENSUS) {
      return count.electorate() > 0 && count.against() == count.electorate()
          ? Outcome.REJECTED_BY_ALL
          : Outcome.ADOPTED_BY_REVERSE_CONSENSUS;
    }
    if (count.electorate() == 0 || !rules.quorum().reachedBy(count.cast(), count.electorate())) {
      return Outcome.NO_QUORUM;
    }
    if (count.against() == 0) {
      return Outcome.ADOPTED_BY_CONSENSUS;
    }
    if (rules.fallback().isEmpty()) {
      return Outcome.REJECTED_BY_OBJECTION;
    }
    return rules.fallback().get().reachedBy(count)
        ? Outcome.ADOPTED_BY_MAJORITY
        : Outcome.REJECTED_BY_MAJORITY;
  }
}
