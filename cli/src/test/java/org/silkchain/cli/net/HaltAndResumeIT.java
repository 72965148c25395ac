package org.silkchain.cli.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.silkchain.cli.net.dsl.Account;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.cli.net.dsl.Submission;

/**
 * Two of four validators killed: the other two are below the 2f+1 = 3 quorum, so nothing may be
 * committed and nothing may fork; one started again restores the quorum and commits resume within
 * 20 seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HaltAndResumeIT {
  private static final Duration RESUME_BOUND = Duration.ofSeconds(20);

  private LocalNetwork net;

  @BeforeAll
  void up() {
    net = LocalNetwork.up(4, LocalNetwork.freshDir("halt-and-resume"), 27100);
  }

  @AfterAll
  void down() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void twoOfFourDownHaltsWithoutForkAndOneBackResumesWithinTwentySeconds() {
    net.awaitAllAtLeast(2);
    net.node(3).killHard();
    net.node(4).killHard();
    List<Node> survivors = List.of(net.node(1), net.node(2));
    assertThat(net.running()).containsExactlyElementsOf(survivors);

    // A block may still complete from votes cast before the kills; after that, nothing.
    long halted = net.assertNoCommitsFor(Duration.ofSeconds(10));
    Account trader = net.account("silkroad-traders");
    Submission pending = net.node(1).submit(trader.kvPut("during-halt", "queued"));
    assertThat(pending.accepted()).as(pending.toString()).isTrue();
    assertThat(net.assertNoCommitsFor(Duration.ofSeconds(5))).isEqualTo(halted);
    net.assertSameChainUpTo(net.minHeight());

    long restart = System.nanoTime();
    net.node(3).start();
    net.awaitAtLeast(halted + 1, net.running(), RESUME_BOUND);
    Duration resumedAfter = Duration.ofNanos(System.nanoTime() - restart);
    System.out.println(
        "HaltAndResumeIT: halted at "
            + halted
            + ", resumed "
            + resumedAfter
            + " after node 3 was started");
    assertThat(resumedAfter).isLessThanOrEqualTo(RESUME_BOUND);

    // The transaction queued during the halt gets committed once the quorum is back.
    net.awaitAtLeast(net.maxHeight() + 2, net.running(), LocalNetwork.COMMIT_TIMEOUT);
    org.awaitility.Awaitility.await("the queued transaction commits")
        .atMost(LocalNetwork.COMMIT_TIMEOUT)
        .until(
            () ->
                net.node(1)
                    .transaction(pending.id())
                    .map(t -> t.path("status").asText().equals("committed"))
                    .orElse(false));
    net.node(4).start();
    net.awaitAllAtLeast(net.maxHeight());
    net.assertSameChainUpTo(net.minHeight());
  }
}
