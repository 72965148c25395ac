package org.silkchain.node.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.trade.governance.concentration.Concentration;
import org.silkchain.trade.governance.concentration.ConcentrationReport;
import org.silkchain.trade.governance.concentration.Share;
import org.silkchain.trade.governance.concentration.Warning;

/**
 * The node's Prometheus metrics ({@code GET /metrics}, Micrometer): chain height, commit latency
 * (from a block's proposal timestamp to the moment this node saw it committed), rounds beyond the
 * first per height (from commit certificates), mempool size, peers, inputs refused at the API by
 * reason, governance's concentration of power (votes and validator power by jurisdiction and
 * control group, and the warnings of the concentration query), and the JVM's memory, GC, threads,
 * classes, CPU and uptime.
 */
final class ApiMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final NodeView node;
  private final Timer commitLatency;
  private final Counter roundChanges;
  private final Counter blocks;
  private final Counter transactions;
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final MultiGauge votes;
  private final MultiGauge validatorPower;
  private final MultiGauge warnings;

  ApiMetrics(NodeView node) {
    this.node = node;
    Gauge.builder("silkchain.height", node, n -> n.chain().tip().height())
        .description("height of the last committed block")
        .register(registry);
    Gauge.builder("silkchain.mempool.size", node, n -> n.mempool().size())
        .description("transactions waiting in the mempool")
        .register(registry);
    Gauge.builder("silkchain.mempool.bytes", node, n -> n.mempool().bytes())
        .description("encoded bytes waiting in the mempool")
        .register(registry);
    Gauge.builder("silkchain.peers", node, NodeView::connectedPeers)
        .description("connected validator peers")
        .register(registry);
    Gauge.builder("silkchain.consensus.round", node, n -> n.consensus().round())
        .description("round of the height being decided")
        .register(registry);
    commitLatency =
        Timer.builder("silkchain.commit.latency")
            .description("from a block's proposal timestamp to its commit seen by this node")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofSeconds(60))
            .register(registry);
    roundChanges =
        Counter.builder("silkchain.consensus.round.changes")
            .description("rounds beyond the first needed to commit, summed over heights")
            .register(registry);
    blocks =
        Counter.builder("silkchain.blocks.committed")
            .description("blocks committed since start")
            .register(registry);
    transactions =
        Counter.builder("silkchain.transactions.committed")
            .description("transactions committed since start")
            .register(registry);
    votes =
        MultiGauge.builder("silkchain.governance.votes")
            .description("votes (eligible members) by jurisdiction or control group")
            .register(registry);
    validatorPower =
        MultiGauge.builder("silkchain.governance.validator.power")
            .description("validator voting power by jurisdiction or control group")
            .register(registry);
    warnings =
        MultiGauge.builder("silkchain.governance.concentration.warnings")
            .description(
                "concentration warnings by kind: near a third of validator power or a blocking"
                    + " minority of votes")
            .register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Records a newly committed block (called once per height, in order). */
  void onHeight(long height) {
    Optional<CommittedBlock> found = node.chain().store().blockAt(height);
    if (found.isEmpty()) {
      return;
    }
    CommittedBlock b = found.get();
    long latency = System.currentTimeMillis() - b.block().header().timestampMillis();
    commitLatency.record(Duration.ofMillis(Math.max(0, latency)));
    b.certificate().ifPresent(c -> roundChanges.increment(c.round()));
    blocks.increment();
    transactions.increment(b.txIds().size());
  }

  /**
   * Publishes the concentration query's figures at {@code height}; metrics never fail a node. Run
   * when scraped rather than per block: governance changes rarely, and nobody reads in between.
   */
  private void concentration(long height) {
    ConcentrationReport report;
    try {
      report = Concentration.of(node.chain().stateAt(height));
    } catch (RuntimeException e) {
      return;
    }
    List<MultiGauge.Row<?>> voteRows = new ArrayList<>();
    List<MultiGauge.Row<?>> powerRows = new ArrayList<>();
    shares("jurisdiction", report.jurisdictions(), voteRows, powerRows);
    shares("group", report.groups(), voteRows, powerRows);
    votes.register(voteRows, true);
    validatorPower.register(powerRows, true);
    TreeMap<String, Long> byKind = new TreeMap<>();
    byKind.put(Warning.VALIDATOR_POWER, 0L);
    byKind.put(Warning.BLOCKING_MINORITY, 0L);
    for (Warning w : report.warnings()) {
      byKind.merge(w.kind(), 1L, Long::sum);
    }
    List<MultiGauge.Row<?>> warningRows = new ArrayList<>();
    byKind.forEach((kind, n) -> warningRows.add(MultiGauge.Row.of(Tags.of("kind", kind), n)));
    warnings.register(warningRows, true);
  }

  private static void shares(
      String kind,
      List<Share> shares,
      List<MultiGauge.Row<?>> voteRows,
      List<MultiGauge.Row<?>> powerRows) {
    for (Share s : shares) {
      Tags tags = Tags.of("kind", kind, "subject", s.subject());
      voteRows.add(MultiGauge.Row.of(tags, s.votes()));
      powerRows.add(MultiGauge.Row.of(tags, s.validatorPower()));
    }
  }

  /** Counts an input refused at the API (a transaction or a request), by its stable code. */
  void rejected(String reason) {
    Counter.builder("silkchain.rejected.inputs")
        .description("transactions and requests refused at the API, by reason")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  void scrape(Router.Request request) throws IOException {
    concentration(node.chain().tip().height());
    byte[] text = registry.scrape().getBytes(StandardCharsets.UTF_8);
    var exchange = request.exchange();
    exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    exchange.sendResponseHeaders(200, text.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(text);
    }
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
