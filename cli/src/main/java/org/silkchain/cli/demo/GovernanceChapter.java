package org.silkchain.cli.demo;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.runtime.module.Empty;
import org.silkchain.trade.basket.BasketModule;
import org.silkchain.trade.basket.Composition;
import org.silkchain.trade.governance.Cast;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.governance.Proposal;
import org.silkchain.trade.governance.ProposalRef;
import org.silkchain.trade.governance.Status;
import org.silkchain.trade.governance.Table;
import org.silkchain.trade.governance.concentration.ConcentrationReport;
import org.silkchain.trade.governance.concentration.Warning;
import org.silkchain.trade.governance.measure.SetBasket;
import org.silkchain.trade.governance.voting.Count;
import org.silkchain.trade.governance.voting.Vote;

/**
 * The governance chapter, in two parts around the rest of the story: a central bank tables a change
 * to the XDR basket's composition and the members vote (one against, then changing its vote), while
 * business goes on; at the end, once block time has passed the deadline, a trader closes the vote,
 * the change executes on chain, and the concentration-of-power report prints its warnings.
 *
 * <p>Voting stays open at least {@link #VOTING_MILLIS} of block time under the default rules
 * ({@code GovernanceGenesis.DEFAULT_MIN_VOTING_MILLIS}, the same for every proposal type): tabled
 * early, the rest of the story fills most of that minute.
 */
final class GovernanceChapter {
  static final long VOTING_MILLIS = 60_000;
  private static final String GOV = GovernanceModule.NAME;
  private static final long POLL_MILLIS = 500;

  private final Story story;
  private final ChainClient chain;
  private final Narrator say;
  private long proposal;
  private long deadline;
  private Composition proposed;

  GovernanceChapter(Story story, ChainClient chain) {
    this.story = story;
    this.chain = chain;
    this.say = story.say;
  }

  /** Tables the basket change and casts the votes. */
  void tableAndVote() throws StepFailed {
    Party pbc = story.member(DemoConsortium.PBC);
    say.chapter("Governance: the members vote on the XDR basket while business goes on");
    Composition current = composition();
    proposed = withCnyRaised(current);
    story.tx(
        pbc.name()
            + " tables a proposal: raise the CNY leg of 1 XDR lot from "
            + say.money("CNY", leg(current, "CNY"))
            + " to "
            + say.money("CNY", leg(proposed, "CNY"))
            + ", voting open "
            + VOTING_MILLIS / 1000
            + " s",
        pbc,
        GovernanceModule.TABLE.payload(GOV, Table.of(new SetBasket(proposed), 0, VOTING_MILLIS)),
        "OK");
    proposal =
        chain.query(
            GOV,
            GovernanceModule.PROPOSALS.name(),
            Empty.CODEC,
            Empty.INSTANCE,
            GovernanceModule.PROPOSALS.response());
    Proposal p = proposal();
    deadline = p.deadline();
    say.note(
        "proposal "
            + proposal
            + " ("
            + p.rules().procedure()
            + "), voting closes at block time "
            + java.time.Instant.ofEpochMilli(deadline));
    List<String> voters =
        List.of(
            DemoConsortium.PBC,
            DemoConsortium.ECB,
            DemoConsortium.BOC,
            DemoConsortium.DB,
            DemoConsortium.SCB,
            DemoConsortium.BOE,
            DemoConsortium.BOJ);
    for (String id : voters) {
      vote(story.member(id), Vote.FOR, "votes for the proposal");
    }
    Party fed = story.member(DemoConsortium.FED);
    vote(fed, Vote.AGAINST, "votes against (an objection blocks consensus)");
    vote(fed, Vote.FOR, "changes its vote to for (votes can change until the deadline)");
  }

  /** Waits for the deadline in block time, closes the vote and reports. */
  void closeAndReport() throws StepFailed {
    say.chapter("Governance: the vote closes and the basket changes on chain");
    long waited = awaitBlockTime(deadline);
    if (waited > 0) {
      say.note("waited " + (waited + 999) / 1000 + " s for block time to pass the deadline");
    }
    Party trader = story.member(DemoConsortium.EXPORTER);
    story.tx(
        trader.name() + " closes the vote (anyone may, once the deadline has passed)",
        trader,
        GovernanceModule.CLOSE.payload(GOV, new ProposalRef(proposal)),
        "OK");
    Proposal p = proposal();
    if (p.status() != Status.EXECUTED || p.decision().isEmpty()) {
      throw new StepFailed(
          "proposal " + proposal + " ended " + p.status() + " " + p.execution().orElse(null));
    }
    Count count = p.decision().get().count();
    say.note(
        "outcome "
            + p.decision().get().outcome()
            + ": "
            + count.votesFor()
            + " for, "
            + count.against()
            + " against, "
            + count.abstain()
            + " abstaining of "
            + count.electorate()
            + " members; status "
            + p.status());
    Composition now = composition();
    if (!now.equals(proposed)) {
      throw new StepFailed("the basket did not change: " + now);
    }
    say.note("1 lot of XDR now holds " + describe(now));
    ConcentrationReport report =
        chain.query(
            GOV,
            GovernanceModule.CONCENTRATION.name(),
            Empty.CODEC,
            Empty.INSTANCE,
            GovernanceModule.CONCENTRATION.response());
    say.note(
        "concentration of power: "
            + report.electorate()
            + " members, validator power "
            + report.totalPower()
            + ", "
            + report.warnings().size()
            + " warning(s)");
    for (Warning w : report.warnings()) {
      say.note(
          "  warning "
              + w.kind()
              + ": "
              + w.subjectKind()
              + " "
              + w.subject()
              + " holds "
              + w.amount()
              + " of "
              + w.total()
              + " (limit "
              + w.limit()
              + (w.proposalType().isEmpty() ? "" : ", for " + w.proposalType())
              + ")");
    }
  }

  private void vote(Party who, Vote vote, String verb) throws StepFailed {
    story.tx(
        who.name() + " " + verb,
        who,
        GovernanceModule.VOTE.payload(GOV, new Cast(proposal, vote)),
        "OK");
  }

  /** Polls the chain until its latest block is at or past {@code millis}; returns how long. */
  private long awaitBlockTime(long millis) throws StepFailed {
    long start = System.nanoTime();
    long limit = start + (VOTING_MILLIS + 60_000) * 1_000_000L;
    while (chain.blockTime() < millis) {
      if (System.nanoTime() - limit > 0) {
        throw new StepFailed("block time did not reach the voting deadline " + millis);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StepFailed("interrupted", e);
      }
    }
    return (System.nanoTime() - start) / 1_000_000L;
  }

  private Proposal proposal() throws StepFailed {
    return chain.query(
        GOV,
        GovernanceModule.PROPOSAL.name(),
        ProposalRef.CODEC,
        new ProposalRef(proposal),
        GovernanceModule.PROPOSAL.response());
  }

  private Composition composition() throws StepFailed {
    return chain.query(
        BasketModule.NAME,
        BasketModule.COMPOSITION.name(),
        Empty.CODEC,
        Empty.INSTANCE,
        BasketModule.COMPOSITION.response());
  }

  /** The same basket with the CNY leg a tenth larger. */
  static Composition withCnyRaised(Composition c) {
    List<Composition.Leg> legs = new ArrayList<>();
    for (Composition.Leg l : c.legs()) {
      legs.add(
          l.currency().equals("CNY")
              ? new Composition.Leg("CNY", Math.addExact(l.amountPerLot(), l.amountPerLot() / 10))
              : l);
    }
    return new Composition(c.code(), c.minorUnits(), c.lotSize(), legs);
  }

  private static long leg(Composition c, String currency) {
    return c.legs().stream()
        .filter(l -> l.currency().equals(currency))
        .mapToLong(Composition.Leg::amountPerLot)
        .findFirst()
        .orElse(0);
  }

  private String describe(Composition c) {
    StringBuilder s = new StringBuilder();
    for (Composition.Leg l : c.legs()) {
      s.append(s.isEmpty() ? "" : ", ").append(say.money(l.currency(), l.amountPerLot()));
    }
    return s.toString();
  }
}
