package org.silkchain.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.net.dsl.Cli;

/**
 * {@code silkchain bench} against four node processes, as an operator runs it: {@code net up}, an
 * open-loop transfer load, the JSON results, {@code net down}.
 */
class BenchIT {
  private static final int BASE_PORT = 28900;

  @TempDir Path tmp;

  @Test
  @Timeout(150)
  void anOpenLoopTransferRunReportsThroughputLatencyAndNodeUsage() throws Exception {
    Path net = tmp.resolve("net");
    Path logs = tmp.resolve("logs");
    Path out = tmp.resolve("bench.json");
    try {
      Cli.Result up =
          Cli.run(
              logs,
              Duration.ofSeconds(120),
              "net",
              "up",
              "--nodes",
              "4",
              "--dir",
              net.toString(),
              "--base-port",
              Integer.toString(BASE_PORT));
      assertThat(up.exitCode()).as(up.output()).isZero();

      Cli.Result bench =
          Cli.run(
              logs,
              Duration.ofSeconds(90),
              "bench",
              "--dir",
              net.toString(),
              "--workload",
              "transfer",
              "--duration",
              "10",
              "--rate",
              "20",
              "--out",
              out.toString());
      assertThat(bench.exitCode()).as(bench.output()).isZero();
      assertThat(bench.output()).contains("finality latency ms: p50");

      JsonNode j = new ObjectMapper().readTree(out.toFile());
      assertThat(j.path("workload").asText()).isEqualTo("transfer");
      assertThat(j.path("mode").asText()).isEqualTo("open-loop");
      assertThat(j.path("tps").asDouble()).as(j.toString()).isPositive();
      // 20 tx/s for 10 s: 200 scheduled, all committed successfully on an idle network.
      assertThat(j.path("committed").asLong()).as(j.toString()).isBetween(150L, 200L);
      JsonNode l = j.path("latencyMs");
      assertThat(l.path("p50").asDouble()).isPositive();
      assertThat(l.path("p50").asDouble()).isLessThanOrEqualTo(l.path("p95").asDouble());
      assertThat(l.path("p95").asDouble()).isLessThanOrEqualTo(l.path("p99").asDouble());
      assertThat(l.path("p99").asDouble()).isLessThanOrEqualTo(l.path("max").asDouble());
      // The only refusals a loaded network may answer are "not now" (retried); a transaction that
      // fails or is refused outright is a bug of the workload.
      List<String> unexpected = new ArrayList<>();
      j.path("rejected")
          .fieldNames()
          .forEachRemaining(
              code -> {
                if (!List.of("MEMPOOL_FULL", "SENDER_QUOTA", "IO_ERROR").contains(code)) {
                  unexpected.add(code);
                }
              });
      assertThat(unexpected).as(j.path("rejected").toString()).isEmpty();
      assertThat(j.path("nodes")).hasSize(4);
      for (JsonNode n : j.path("nodes")) {
        assertThat(n.path("pid").asLong()).as(n.toString()).isPositive();
        assertThat(n.path("cpuPercent").asDouble()).as(n.toString()).isPositive();
        assertThat(n.path("rssPeakBytes").asLong()).as(n.toString()).isGreaterThan(1L << 20);
      }
    } finally {
      Cli.Result down =
          Cli.run(logs, Duration.ofSeconds(60), "net", "down", "--dir", net.toString());
      assertThat(down.exitCode()).as(down.output()).isZero();
    }
  }
}
