package org.silkchain.cli.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.silkchain.cli.net.dsl.Account;
import org.silkchain.cli.net.dsl.Flood;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;

/**
 * Memory stays bounded under a flood of valid transactions at ten times what the network commits:
 * the mempool refuses what it cannot hold ({@code MEMPOOL_FULL}, and per sender {@code
 * SENDER_QUOTA}), the nodes keep committing, and each node's resident memory stays under {@link
 * #RSS_BOUND} (heap capped at 256 MiB by the launcher's -Xmx256m).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FloodIT {
  static final long RSS_BOUND = 600L << 20;
  static final Duration CALIBRATION = Duration.ofSeconds(10);
  static final Duration FLOOD = Duration.ofSeconds(25);

  /**
   * A pool the flood can fill (9 senders x 16), and a per-sender quota below the nonce window (64)
   * so that one sender's excess meets SENDER_QUOTA rather than NONCE_TOO_HIGH.
   */
  static final int MEMPOOL_SIZE = 96;

  static final int PER_SENDER = 16;

  private LocalNetwork net;

  @BeforeAll
  void up() {
    net =
        LocalNetwork.configure(4, LocalNetwork.freshDir("flood"))
            .basePort(27300)
            .nodeConfig(
                "mempool", Map.of("maxTransactions", MEMPOOL_SIZE, "maxPerSender", PER_SENDER))
            .up();
  }

  @AfterAll
  void down() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void memoryStaysBoundedUnderTenTimesTheCommittedRate() throws InterruptedException {
    // One heavy sender (a third of the lanes) runs into its per-sender quota; the eight others
    // together fill the pool.
    Map<Account, Integer> lanes = new LinkedHashMap<>();
    for (String member : net.members()) {
      lanes.put(net.account(member), lanes.isEmpty() ? 8 : 2);
    }
    Flood flood = new Flood(lanes, net.nodes());

    // 1. The committed rate under saturation (far more offered than a block can take).
    long before = net.node(1).height();
    long t0 = System.nanoTime();
    flood.run(2000, CALIBRATION);
    net.awaitAllAtLeast(net.node(1).height());
    long after = net.node(1).height();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double committedRate = Math.max(1, committedTransactions(before, after) / seconds);

    // 2. Ten times that, while sampling every node's resident memory.
    Map<Integer, Long> peakRss = new ConcurrentHashMap<>();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> net.nodes().forEach(n -> peakRss.merge(n.number(), n.rssBytes(), Math::max)),
        0,
        500,
        TimeUnit.MILLISECONDS);
    long floodStart = net.node(1).height();
    long f0 = System.nanoTime();
    long sent;
    try {
      sent = flood.run(10 * committedRate, FLOOD);
    } finally {
      sampler.shutdownNow();
      sampler.awaitTermination(5, TimeUnit.SECONDS);
    }
    double offeredRate = sent / ((System.nanoTime() - f0) / 1e9);
    long floodEnd = net.node(1).height();
    String report =
        String.format(
            "committed %.0f tx/s; flood offered %.0f tx/s (%d sent), answers %s; heights %d->%d;"
                + " peak RSS MiB %s",
            committedRate,
            offeredRate,
            sent,
            flood.tally(),
            floodStart,
            floodEnd,
            peakRss.entrySet().stream()
                .map(e -> e.getKey() + "=" + String.format("%.1f", e.getValue() / 1048576.0))
                .toList());
    System.out.println("FloodIT: " + report);

    assertThat(offeredRate).as(report).isGreaterThan(3 * committedRate);
    assertThat(flood.count("MEMPOOL_FULL")).as(report).isPositive();
    assertThat(flood.count("SENDER_QUOTA") + flood.count("NONCE_TOO_HIGH")).as(report).isPositive();
    assertThat(floodEnd - floodStart)
        .as("blocks committed during the flood: " + report)
        .isGreaterThanOrEqualTo(3);
    assertThat(peakRss)
        .as(report)
        .hasSize(4)
        .allSatisfy((n, rss) -> assertThat(rss).as("node %d peak RSS", n).isLessThan(RSS_BOUND));

    // Afterwards every node still answers, commits and agrees.
    net.awaitAllAtLeast(floodEnd + 2);
    for (Node node : net.nodes()) {
      assertThat(node.status().mempool()).isLessThanOrEqualTo(MEMPOOL_SIZE);
    }
    net.assertSameTipAt(floodEnd + 2);
  }

  private long committedTransactions(long fromExclusive, long toInclusive) {
    long count = 0;
    for (long h = fromExclusive + 1; h <= toInclusive; h++) {
      count += net.node(1).block(h).orElseThrow().path("transactionCount").asLong();
    }
    return count;
  }
}
