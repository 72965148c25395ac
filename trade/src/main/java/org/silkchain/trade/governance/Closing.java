package org.silkchain.trade.governance;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.governance.voting.Tally;
import org.silkchain.trade.governance.voting.Vote;

/**
 * {@code governance/close} and {@code governance/execute}.
 *
 * <p>A deterministic chain has no timers, so a vote ends by a transaction: anyone may send {@code
 * close} once the deadline has passed (block time {@code >= deadline}). Closing earlier is refused:
 * votes can be changed until the deadline, so while any member is eligible the result could still
 * change. Closing tallies the ballots against the electorate at that moment ({@link Tally}),
 * records the decision and, if adopted, executes the measure in the same transaction, unless the
 * proposal names a later execution height; then anyone sends {@code execute} at or after it.
 *
 * <p>Execution runs nested ({@link ExecutionContext#attempt}): if the measure is refused (say a
 * basket change the reserves cannot back) the refusal's code and message are recorded, the status
 * becomes {@link Status#FAILED} and nothing the measure touched changes, while the decision stands.
 */
final class Closing {
  private Closing() {}

  static void close(ExecutionContext ctx, ProposalRef ref) {
    Proposal p = Tabling.open(ctx, ref.proposal());
    long now = ctx.blockTimeMillis();
    require(
        now >= p.deadline(),
        GovernanceCodes.VOTING_OPEN,
        () -> "proposal " + p.id() + " can be closed from " + p.deadline() + ", now " + now);
    SortedSet<AccountId> electorate = Electorate.eligible(ctx);
    TreeMap<AccountId, Vote> votes = new TreeMap<>();
    for (Ballot b : Governance.ballots(ctx, p.id())) {
      votes.put(b.voter(), b.vote());
    }
    Tally.Result result = Tally.decide(p.rules(), votes, electorate, now, p.deadline());
    Decision decision = new Decision(result.outcome(), result.count(), now, ctx.height());
    boolean adopted = result.outcome().adopted();
    Proposal decided = p.decided(adopted ? Status.SCHEDULED : Status.REJECTED, decision);
    ctx.emit(
        Event.of(GovernanceModule.NAME, "proposal-closed")
            .with("proposal", p.id())
            .with("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT))
            .with("for", result.count().votesFor())
            .with("against", result.count().against())
            .with("abstain", result.count().abstain())
            .with("electorate", result.count().electorate()));
    if (adopted && p.executeAtHeight() <= ctx.height()) {
      decided = run(ctx, decided);
    }
    ctx.write(Governance.proposalKey(p.id()), Proposal.CODEC, decided);
  }

  static void execute(ExecutionContext ctx, ProposalRef ref) {
    Proposal p =
        Governance.proposal(ctx, ref.proposal())
            .orElseThrow(
                () ->
                    new Rejection(
                        GovernanceCodes.UNKNOWN_PROPOSAL, "no proposal " + ref.proposal()));
    require(
        p.status() == Status.SCHEDULED,
        GovernanceCodes.NOT_SCHEDULED,
        () -> "proposal " + p.id() + " is " + p.status());
    require(
        ctx.height() >= p.executeAtHeight(),
        GovernanceCodes.TOO_EARLY,
        () -> "proposal " + p.id() + " executes at height " + p.executeAtHeight());
    ctx.write(Governance.proposalKey(p.id()), Proposal.CODEC, run(ctx, p));
  }

  private static Proposal run(ExecutionContext ctx, Proposal p) {
    Optional<Rejection> failure = ctx.attempt(c -> Enactment.apply(c, p));
    ExecutionRecord record =
        failure
            .map(r -> ExecutionRecord.of(ctx.height(), r.code(), r.getMessage()))
            .orElseGet(() -> ExecutionRecord.of(ctx.height(), ResultCode.OK, ""));
    ctx.emit(
        Event.of(
                GovernanceModule.NAME, failure.isEmpty() ? "proposal-executed" : "execution-failed")
            .with("proposal", p.id())
            .with("code", record.code().value()));
    return p.executed(record);
  }
}
