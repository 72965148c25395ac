package org.silkchain.cli.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.silkchain.cli.net.dsl.Account;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.cli.net.dsl.Submission;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.module.Empty;
import org.silkchain.trade.basket.BasketModule;
import org.silkchain.trade.basket.Composition;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.governance.Cast;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.governance.Proposal;
import org.silkchain.trade.governance.ProposalRef;
import org.silkchain.trade.governance.Status;
import org.silkchain.trade.governance.Table;
import org.silkchain.trade.governance.measure.SetBasket;
import org.silkchain.trade.governance.voting.Outcome;
import org.silkchain.trade.governance.voting.Vote;

/**
 * The members of a 4-validator network of real processes change the basket unit's composition by
 * vote: two central banks issue the new legs' currencies, a commercial bank tables the change, the
 * nine members vote through different nodes, and after the deadline a trader closes the vote. Every
 * node then answers the new composition and the same state root. A second proposal naming a
 * currency nobody issued is adopted too, but its execution fails, is recorded with the reason on
 * every node, and changes nothing.
 */
class BasketByVoteIT {
  private static final int BASE_PORT = 29100;
  private static final String GOV = GovernanceModule.NAME;

  private static final Composition CNY_SGD =
      new Composition(
          "XDR",
          2,
          100_000,
          List.of(new Composition.Leg("CNY", 400_000), new Composition.Leg("SGD", 80_000)));
  private static final Composition WITH_EUR =
      new Composition(
          "XDR",
          2,
          100_000,
          List.of(new Composition.Leg("CNY", 400_000), new Composition.Leg("EUR", 50_000)));

  @Test
  @Timeout(420)
  void theMembersChangeTheBasketCompositionByVote() {
    try (LocalNetwork net =
        LocalNetwork.up(4, LocalNetwork.freshDir("governance-basket"), BASE_PORT)) {
      commit(
          net, net.account("pboc"), CurrencyModule.ISSUE.payload("currency", new Issue("CNY", 2)));
      commit(
          net, net.account("mas"), CurrencyModule.ISSUE.payload("currency", new Issue("SGD", 2)));

      Account icbc = net.account("icbc");
      commit(
          net,
          icbc,
          GovernanceModule.TABLE.payload(GOV, Table.of(new SetBasket(CNY_SGD), 0, 90_000)));
      commit(
          net,
          icbc,
          GovernanceModule.TABLE.payload(GOV, Table.of(new SetBasket(WITH_EUR), 0, 90_000)));
      long adopted = 1;
      long failing = 2;

      // every member votes on both, each through a different node, all within the voting period
      List<String> members = net.members();
      List<String> votes = new java.util.ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        Account member = net.account(members.get(i));
        Node via = net.node(1 + i % 4);
        for (long id : new long[] {adopted, failing}) {
          votes.add(
              submit(via, member, GovernanceModule.VOTE.payload(GOV, new Cast(id, Vote.FOR))));
        }
      }
      for (String vote : votes) {
        awaitOk(net.node(1), vote);
      }

      long deadline = proposal(net.node(2), failing).deadline();
      await("block time past the voting deadline")
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> blockTime(net.node(1)) >= deadline);
      Account trader = net.account("silkroad-traders");
      String closeOne =
          submit(
              net.node(3), trader, GovernanceModule.CLOSE.payload(GOV, new ProposalRef(adopted)));
      awaitOk(net.node(3), closeOne);
      String closeTwo =
          submit(
              net.node(4), trader, GovernanceModule.CLOSE.payload(GOV, new ProposalRef(failing)));
      awaitOk(net.node(4), closeTwo);

      long height = net.maxHeight();
      net.awaitAllAtLeast(height);
      for (Node node : net.nodes()) {
        Proposal one = proposal(node, adopted);
        assertThat(one.status()).as("%s", node).isEqualTo(Status.EXECUTED);
        assertThat(one.decision().orElseThrow().outcome()).isEqualTo(Outcome.ADOPTED_BY_CONSENSUS);
        assertThat(one.decision().orElseThrow().count().votesFor()).isEqualTo(members.size());
        Proposal two = proposal(node, failing);
        assertThat(two.status()).as("%s", node).isEqualTo(Status.FAILED);
        assertThat(two.execution().orElseThrow().code().value())
            .isEqualTo("currency.UNKNOWN_CURRENCY");
        Composition composition =
            Composition.CODEC.decode(
                node.query(BasketModule.NAME, "composition", Empty.CODEC.encode(Empty.INSTANCE))
                    .orElseThrow());
        assertThat(composition).as("%s", node).isEqualTo(CNY_SGD);
      }
      net.assertSameChainUpTo(height);
    }
  }

  private static Proposal proposal(Node node, long id) {
    Optional<org.silkchain.codec.Bytes> answer =
        node.query(GOV, "proposal", ProposalRef.CODEC.encode(new ProposalRef(id)));
    return Proposal.CODEC.decode(answer.orElseThrow(() -> new AssertionError("no proposal " + id)));
  }

  private static long blockTime(Node node) {
    return node.block(node.height()).orElseThrow().path("timestampMillis").asLong();
  }

  private static String submit(Node via, Account from, Payload payload) {
    Submission s = via.submit(from.send(payload));
    assertThat(s.accepted()).as("%s from %s via %s", s, from, via).isTrue();
    return s.id();
  }

  private static void commit(LocalNetwork net, Account from, Payload payload) {
    awaitOk(net.node(1), submit(net.node(1), from, payload));
  }

  /** Waits until {@code id} is committed on {@code node} and checks its result is OK. */
  private static void awaitOk(Node node, String id) {
    JsonNode tx =
        await("transaction " + id + " committed on " + node)
            .atMost(LocalNetwork.COMMIT_TIMEOUT)
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> node.transaction(id).orElse(null),
                t -> t != null && t.path("status").asText().equals("committed"));
    assertThat(tx.path("result").path("code").asText()).as(tx.toString()).isEqualTo("OK");
  }
}
