package org.silkchain.trade.governance;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;

/**
 * {@code governance/vote}: one member, one vote, public and changeable until the deadline. A vote
 * is accepted at block times in {@code [opensAt, deadline)} from an eligible member ({@link
 * Electorate}); a later vote by the same member replaces the earlier one.
 */
final class Balloting {
  private Balloting() {}

  static void vote(ExecutionContext ctx, Cast body) {
    Proposal p = Tabling.open(ctx, body.proposal());
    long now = ctx.blockTimeMillis();
    require(
        now >= p.opensAt(),
        GovernanceCodes.DELIBERATION,
        () -> "voting on proposal " + p.id() + " opens at " + p.opensAt() + ", now " + now);
    require(
        now < p.deadline(),
        GovernanceCodes.VOTING_CLOSED,
        () -> "voting on proposal " + p.id() + " closed at " + p.deadline() + ", now " + now);
    AccountId voter = ctx.sender();
    switch (Electorate.standing(ctx, voter)) {
      case NOT_A_MEMBER ->
          throw new Rejection(GovernanceCodes.NOT_A_MEMBER, voter + " is not a member");
      case SUSPENDED ->
          throw new Rejection(
              GovernanceCodes.SUSPENDED, "member " + voter + " is suspended and cannot vote");
      case SECRETARIAT ->
          throw new Rejection(GovernanceCodes.NOT_ELIGIBLE, "the secretariat does not vote");
      case ELIGIBLE -> {}
    }
    Optional<Ballot> previous = ctx.read(Governance.ballotKey(p.id(), voter), Ballot.CODEC);
    long changes = previous.map(b -> b.changes() + 1).orElse(0L);
    ctx.write(
        Governance.ballotKey(p.id(), voter),
        Ballot.CODEC,
        new Ballot(
            voter, body.vote(), now, ctx.height(), ctx.txId().hash(), ctx.signers(), changes));
    if (previous.isEmpty()) {
      List<AccountId> voters = new ArrayList<>(Governance.voters(ctx, p.id()));
      voters.add(voter);
      voters.sort(null);
      ctx.write(Governance.votersKey(p.id()), Governance.ACCOUNTS, voters);
    }
    ctx.emit(
        Event.of(GovernanceModule.NAME, "vote-cast")
            .with("proposal", p.id())
            .with("voter", voter.toString())
            .with("vote", body.vote().name().toLowerCase(Locale.ROOT)));
  }
}
