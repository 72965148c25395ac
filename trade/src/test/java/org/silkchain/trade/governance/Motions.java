package org.silkchain.trade.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.governance.measure.Measure;
import org.silkchain.trade.governance.voting.Vote;

/** Test steps for proposals on a {@link TradeChain}: table, vote, let the deadline pass, close. */
final class Motions {
  static final long VOTING_MILLIS = 60_000;
  private final TradeChain chain;

  Motions(TradeChain chain) {
    this.chain = chain;
  }

  /** Tables {@code m} with no deliberation and a minute of voting; returns its id. */
  long table(Party author, Measure m) {
    return table(author, Table.of(m, 0, VOTING_MILLIS));
  }

  long table(Party author, Table t) {
    chain.ok(author, GovernanceModule.TABLE, GovernanceModule.NAME, t);
    return Governance.proposalCount(chain.view());
  }

  ResultCode vote(Party voter, long id, Vote vote) {
    return chain
        .act(voter, GovernanceModule.VOTE, GovernanceModule.NAME, new Cast(id, vote))
        .code();
  }

  /** Moves block time past the deadline of proposal {@code id}. */
  void passDeadline(long id) {
    long deadline = proposal(id).deadline();
    if (chain.time() < deadline) {
      chain.advance(deadline - chain.time());
    }
  }

  Receipt close(Party closer, long id) {
    passDeadline(id);
    return chain.ok(closer, GovernanceModule.CLOSE, GovernanceModule.NAME, new ProposalRef(id));
  }

  /** Tables {@code m}, every one of {@code voters} votes for, and closes: returns the proposal. */
  Proposal pass(Party author, Measure m, List<Party> voters) {
    long id = table(author, m);
    for (Party p : voters) {
      assertThat(vote(p, id, Vote.FOR)).isEqualTo(ResultCode.OK);
    }
    close(author, id);
    return proposal(id);
  }

  Proposal proposal(long id) {
    return Governance.proposal(chain.view(), id).orElseThrow();
  }
}
