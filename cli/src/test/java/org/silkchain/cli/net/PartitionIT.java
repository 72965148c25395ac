package org.silkchain.cli.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;

/**
 * A validator cut off from every peer for a minute (its TCP links closed and refused by the fault
 * proxy all p2p traffic goes through) while the other three go on; healed, it catches up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartitionIT {
  private static final Duration CUT = Duration.ofSeconds(60);

  private LocalNetwork net;

  @BeforeAll
  void up() {
    net =
        LocalNetwork.configure(4, LocalNetwork.freshDir("partition"))
            .basePort(27200)
            .faultProxy()
            .up();
  }

  @AfterAll
  void down() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void aNodeCutOffForAMinuteRejoinsAndCatchesUp() {
    net.awaitAllAtLeast(2);
    Node four = net.node(4);
    List<Node> majority = List.of(net.node(1), net.node(2), net.node(3));
    assertThat(four.status().peers()).as("peers through the proxy").isEqualTo(3);

    net.cutOff(four);
    await("node 4 loses its peers")
        .atMost(Duration.ofSeconds(20))
        .until(() -> four.status().peers() == 0);
    long isolatedAt = four.height();
    long majorityAt = net.maxHeight();

    // For the whole minute node 4 commits nothing more while the others keep committing.
    await("node 4 stays at " + isolatedAt + " while cut off")
        .during(CUT)
        .atMost(CUT.plusSeconds(10))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> four.height() == isolatedAt);
    net.awaitAtLeast(majorityAt + 5, majority, LocalNetwork.COMMIT_TIMEOUT);

    net.heal(four);
    long target = net.node(1).height();
    four.awaitHeight(target, LocalNetwork.COMMIT_TIMEOUT);
    net.awaitAllAtLeast(target + 2);
    // Redials back off up to 10 s (network defaults), so the last link may come back after the
    // node has caught up through the others.
    await("node 4 reconnects to all three peers")
        .atMost(Duration.ofSeconds(20))
        .until(() -> four.status().peers() == 3);
    net.assertSameChainUpTo(net.minHeight());
  }
}
