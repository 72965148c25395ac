package org.silkchain.cli.validators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.cli.net.dsl.Submission;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.trade.governance.Cast;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.governance.ProposalRef;
import org.silkchain.trade.governance.Table;
import org.silkchain.trade.governance.measure.AddValidator;
import org.silkchain.trade.governance.measure.Measure;
import org.silkchain.trade.governance.measure.RemoveValidator;
import org.silkchain.trade.governance.voting.Vote;

/**
 * Issue 8 end to end on real node processes: a four-validator network votes a fifth member's node
 * in (governance {@code add-validator}); the node, started before the vote and refused by its peers
 * until then, catches up and its precommits appear in commit certificates; killed and restarted it
 * carries on. Then a vote removes validator 4: it stops being counted while it still follows the
 * chain, and with it and one more validator stopped, the remaining three of four keep committing
 * (three of the old five would have halted).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidatorChangeIT {
  /** The default rules' shortest vote (block time). */
  private static final long VOTING_MILLIS = 60_000;

  private static final Duration DECISION = Duration.ofSeconds(150);

  private LocalNetwork net;

  @BeforeAll
  void up() {
    net = LocalNetwork.up(4, LocalNetwork.freshDir("validator-change"), 29300);
  }

  @AfterAll
  void down() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void aFifthValidatorIsVotedInAndSignsThenOneIsVotedOutAndTheRestGoOn() {
    net.awaitAllAtLeast(1);
    LocalNetwork.AddedNode added = net.addNode("silkroad-traders");
    Node fifth = added.node().start();
    String fifthKey = added.entry().key().bytes().toHex();
    assertThat(fifth.statusJson().path("validator").asBoolean()).isFalse();

    ValidatorRegistry.Entry e = added.entry();
    long admitted =
        enact(new AddValidator(e.key(), e.power(), e.operator(), e.address(), e.tlsFingerprint()));
    List<Node> five = List.of(net.node(1), net.node(2), net.node(3), net.node(4), fifth);
    net.awaitAtLeast(admitted + 4, five, LocalNetwork.COMMIT_TIMEOUT);
    assertThat(fifth.statusJson().path("validator").asBoolean()).isTrue();
    long signedAt = awaitSignature(fifthKey, admitted + 2);
    System.out.println(
        "ValidatorChangeIT: admitted at "
            + admitted
            + ", fifth validator signed block "
            + signedAt);

    // A crash and restart: the schedule is rebuilt from its state, and it signs again.
    fifth.killHard();
    long down = net.node(1).height();
    net.awaitAtLeast(down + 2, five.subList(0, 4), LocalNetwork.COMMIT_TIMEOUT);
    fifth.start();
    long back = net.node(1).height();
    net.awaitAtLeast(back + 2, five, LocalNetwork.COMMIT_TIMEOUT);
    awaitSignature(fifthKey, back + 1);

    Node leaving = net.node(4);
    String leavingHex = leaving.statusJson().path("nodeKey").asText();
    long removed =
        enact(new RemoveValidator(new PublicKey(SuiteId.ED25519, Bytes.fromHex(leavingHex))));
    net.awaitAtLeast(removed + 8, five, LocalNetwork.COMMIT_TIMEOUT);
    assertThat(leaving.statusJson().path("validator").asBoolean()).isFalse();
    for (long h = removed + 2; h <= removed + 8; h++) {
      assertThat(net.node(1).commitSigners(h))
          .as("signers of block %d", h)
          .doesNotContain(leavingHex);
    }

    leaving.stop();
    net.node(3).stop();
    List<Node> remaining = List.of(net.node(1), net.node(2), fifth);
    long stopped = net.maxHeight();
    net.awaitAtLeast(stopped + 5, remaining, LocalNetwork.COMMIT_TIMEOUT);
    net.assertSameChainUpTo(net.minHeight());
  }

  /**
   * Tables {@code measure} as pboc, has every member vote for it, closes it after the vote and
   * returns the height of the block that executed it (the close transaction's).
   */
  private long enact(Measure measure) {
    Node entry = net.node(1);
    JsonNode tabled =
        committed(
            entry,
            net.account("pboc")
                .send(
                    GovernanceModule.TABLE.payload(
                        GovernanceModule.NAME, Table.of(measure, 0, VOTING_MILLIS))));
    long proposal = Long.parseLong(event(tabled, "proposal-tabled").path("proposal").asText());
    long deadline =
        entry.block(tabled.path("height").asLong()).orElseThrow().path("timestampMillis").asLong()
            + VOTING_MILLIS;
    List<Submission> votes = new ArrayList<>();
    for (String member : net.members()) {
      SignedTransaction vote =
          net.account(member)
              .send(
                  GovernanceModule.VOTE.payload(
                      GovernanceModule.NAME, new Cast(proposal, Vote.FOR)));
      Submission s = entry.submit(vote);
      assertThat(s.accepted()).as(member + ": " + s).isTrue();
      votes.add(s);
    }
    for (Submission s : votes) {
      assertThat(awaitCommitted(entry, s).path("result").path("code").asText())
          .as("vote " + s.id())
          .isEqualTo("OK");
    }
    await("block time past the vote's deadline")
        .atMost(DECISION)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                entry.block(entry.height()).map(b -> b.path("timestampMillis").asLong()).orElse(0L)
                    > deadline);
    JsonNode closed =
        committed(
            entry,
            net.account("pboc")
                .send(
                    GovernanceModule.CLOSE.payload(
                        GovernanceModule.NAME, new ProposalRef(proposal))));
    assertThat(event(closed, "proposal-executed").path("code").asText())
        .as("execution of proposal " + proposal + ": " + closed)
        .isEqualTo("OK");
    return closed.path("height").asLong();
  }

  private JsonNode committed(Node node, SignedTransaction tx) {
    Submission s = node.submit(tx);
    assertThat(s.accepted()).as(s.toString()).isTrue();
    JsonNode receipt = awaitCommitted(node, s);
    assertThat(receipt.path("result").path("code").asText()).as(receipt.toString()).isEqualTo("OK");
    return receipt;
  }

  private static JsonNode awaitCommitted(Node node, Submission s) {
    return await("transaction " + s.id() + " committed")
        .atMost(LocalNetwork.COMMIT_TIMEOUT)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> node.transaction(s.id()).orElse(null),
            t -> t != null && t.path("status").asText().equals("committed"));
  }

  private static JsonNode event(JsonNode receipt, String type) {
    return StreamSupport.stream(receipt.path("events").spliterator(), false)
        .filter(e -> e.path("type").asText().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " event in " + receipt))
        .path("attributes");
  }

  /**
   * The first height from {@code from} whose commit certificate node 1 stored holds {@code key}.
   */
  private long awaitSignature(String key, long from) {
    long[] found = {-1};
    await("a certificate signed by " + key.substring(0, 8) + " from height " + from)
        .atMost(LocalNetwork.COMMIT_TIMEOUT)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              Node n = net.node(1);
              for (long h = from; h <= n.height(); h++) {
                if (n.commitSigners(h).contains(key)) {
                  found[0] = h;
                  return true;
                }
              }
              return false;
            });
    return found[0];
  }
}
