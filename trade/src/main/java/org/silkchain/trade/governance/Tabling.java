package org.silkchain.trade.governance;

import static org.silkchain.runtime.result.Rejection.require;

import java.util.Optional;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.execution.ExecutionContext;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.receipt.Event;
import org.silkchain.runtime.result.Rejection;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.trade.governance.measure.AddValidator;
import org.silkchain.trade.governance.measure.SetParameter;
import org.silkchain.trade.governance.params.Parameters;
import org.silkchain.trade.governance.voting.RuleSet;

/**
 * {@code governance/table} and {@code governance/withdraw}.
 *
 * <p>Who may table: any member not suspended whose roles meet the type's {@code tablers} (empty:
 * any member); the governance secretariat may table every type.
 */
final class Tabling {
  /** A year: longer periods are a mistake, and the bound keeps the sums far from overflow. */
  static final long MAX_PERIOD_MILLIS = 366L * 24 * 3600 * 1000;

  private Tabling() {}

  static void table(ExecutionContext ctx, Table body) {
    ProposalType type = body.measure().type();
    RuleSet rules = Governance.rules(ctx, type);
    checkTabler(ctx, rules);
    require(
        body.deliberationMillis() >= rules.minDeliberationMillis()
            && body.deliberationMillis() <= MAX_PERIOD_MILLIS,
        GovernanceCodes.INVALID_PERIOD,
        () ->
            "deliberation must be "
                + rules.minDeliberationMillis()
                + ".."
                + MAX_PERIOD_MILLIS
                + " ms");
    require(
        body.votingMillis() >= Math.max(1, rules.minVotingMillis())
            && body.votingMillis() <= MAX_PERIOD_MILLIS,
        GovernanceCodes.INVALID_PERIOD,
        () ->
            "voting must last "
                + Math.max(1, rules.minVotingMillis())
                + ".."
                + MAX_PERIOD_MILLIS
                + " ms");
    require(
        body.executeAtHeight() == 0 || body.executeAtHeight() > ctx.height(),
        GovernanceCodes.INVALID_HEIGHT,
        () -> "execution height " + body.executeAtHeight() + " is not after " + ctx.height());
    // refuse what could never execute before members spend a vote on it
    switch (body.measure()) {
      case SetParameter p -> Parameters.check(p);
      case AddValidator v -> ValidatorRegistry.checkEntry(v.entry());
      default -> {}
    }
    long id = ctx.read(Governance.nextIdKey(), Fields.U63).orElse(1L);
    long opensAt = Math.addExact(ctx.blockTimeMillis(), body.deliberationMillis());
    Proposal p =
        new Proposal(
            id,
            ctx.sender(),
            body.measure(),
            rules,
            ctx.blockTimeMillis(),
            ctx.height(),
            opensAt,
            Math.addExact(opensAt, body.votingMillis()),
            body.executeAtHeight(),
            Status.OPEN,
            Optional.empty(),
            Optional.empty());
    ctx.write(Governance.proposalKey(id), Proposal.CODEC, p);
    ctx.write(Governance.nextIdKey(), Fields.U63, Math.addExact(id, 1));
    ctx.emit(
        Event.of(GovernanceModule.NAME, "proposal-tabled")
            .with("proposal", id)
            .with("type", type.label())
            .with("author", ctx.sender().toString()));
  }

  static void withdraw(ExecutionContext ctx, ProposalRef ref) {
    Proposal p = open(ctx, ref.proposal());
    require(
        p.author().equals(ctx.sender()),
        GovernanceCodes.NOT_AUTHOR,
        () -> "only the author " + p.author() + " may withdraw proposal " + p.id());
    require(
        ctx.blockTimeMillis() < p.deadline(),
        GovernanceCodes.VOTING_CLOSED,
        () -> "voting on proposal " + p.id() + " closed at " + p.deadline());
    ctx.write(Governance.proposalKey(p.id()), Proposal.CODEC, p.withStatus(Status.WITHDRAWN));
    ctx.emit(Event.of(GovernanceModule.NAME, "proposal-withdrawn").with("proposal", p.id()));
  }

  /** The proposal, refused unless it exists and is open. */
  static Proposal open(ExecutionContext ctx, long id) {
    Proposal p =
        Governance.proposal(ctx, id)
            .orElseThrow(
                () -> new Rejection(GovernanceCodes.UNKNOWN_PROPOSAL, "no proposal " + id));
    require(
        p.status() == Status.OPEN,
        GovernanceCodes.NOT_OPEN,
        () -> "proposal " + id + " is " + p.status());
    return p;
  }

  private static void checkTabler(ExecutionContext ctx, RuleSet rules) {
    AccountRecord sender = ctx.account(ctx.sender()).orElseThrow();
    boolean secretariat = sender.hasRole(Role.GOVERNANCE_SECRETARIAT);
    Electorate.Standing standing = Electorate.standing(ctx, ctx.sender());
    require(
        standing != Electorate.Standing.NOT_A_MEMBER || secretariat,
        GovernanceCodes.NOT_A_MEMBER,
        () -> ctx.sender() + " is not a member");
    require(
        standing != Electorate.Standing.SUSPENDED,
        GovernanceCodes.SUSPENDED,
        () -> "member " + ctx.sender() + " is suspended");
    require(
        secretariat
            || rules.tablers().isEmpty()
            || rules.tablers().stream().anyMatch(sender::hasRole),
        GovernanceCodes.NOT_ALLOWED_TO_TABLE,
        () -> "this type is tabled by " + rules.tablers() + "; sender has " + sender.roles());
  }
}
