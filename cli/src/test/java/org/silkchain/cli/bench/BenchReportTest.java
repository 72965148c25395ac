package org.silkchain.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static BenchReport report(Double rate) {
    TreeMap<String, Long> rejected = new TreeMap<>();
    rejected.put("SENDER_QUOTA", 3L);
    rejected.put("currency.INSUFFICIENT_FUNDS", 1L);
    return new BenchReport(
        "transfer",
        rate,
        10,
        205,
        200,
        new Latencies(200, 230.1, 384.6, 414.0, 424.7, 231.8),
        rejected,
        List.of(
            new BenchReport.Usage(1, "pboc", 101L, 8.1, 206L << 20),
            new BenchReport.Usage(2, "mas", null, 0, 0)),
        new BenchReport.Usage(0, "client", 99L, 11.0, 248L << 20));
  }

  @Test
  void theJsonHasTheDocumentedShape() throws Exception {
    JsonNode j = new ObjectMapper().readTree(report(20.0).json());

    assertThat(j.path("workload").asText()).isEqualTo("transfer");
    assertThat(j.path("mode").asText()).isEqualTo("open-loop");
    assertThat(j.path("rate").asDouble()).isEqualTo(20.0);
    assertThat(j.path("tps").asDouble()).isEqualTo(20.0);
    assertThat(j.path("submitted").asLong()).isEqualTo(205);
    assertThat(j.path("committed").asLong()).isEqualTo(200);
    JsonNode l = j.path("latencyMs");
    assertThat(l.path("p50").asDouble()).isEqualTo(230.1);
    assertThat(l.path("p95").asDouble()).isEqualTo(384.6);
    assertThat(l.path("p99").asDouble()).isEqualTo(414.0);
    assertThat(l.path("max").asDouble()).isEqualTo(424.7);
    assertThat(j.path("rejected").path("SENDER_QUOTA").asLong()).isEqualTo(3);
    assertThat(j.path("rejected").path("currency.INSUFFICIENT_FUNDS").asLong()).isEqualTo(1);
    assertThat(j.path("nodes")).hasSize(2);
    JsonNode n1 = j.path("nodes").get(0);
    assertThat(n1.path("node").asInt()).isEqualTo(1);
    assertThat(n1.path("member").asText()).isEqualTo("pboc");
    assertThat(n1.path("pid").asLong()).isEqualTo(101);
    assertThat(n1.path("cpuPercent").asDouble()).isEqualTo(8.1);
    assertThat(n1.path("rssPeakMiB").asLong()).isEqualTo(206);
    assertThat(j.path("nodes").get(1).path("pid").isNull()).isTrue();
    assertThat(j.path("client").path("cpuPercent").asDouble()).isEqualTo(11.0);
  }

  @Test
  void theClosedLoopHasNoRate() throws Exception {
    JsonNode j = new ObjectMapper().readTree(report(null).json());

    assertThat(j.path("mode").asText()).isEqualTo("closed-loop");
    assertThat(j.path("rate").isNull()).isTrue();
  }

  @Test
  void tpsIsCommittedOverTheTimedDuration() {
    BenchReport r = report(null);

    assertThat(r.tps()).isEqualTo(20.0);
    assertThat(r.summary())
        .contains("200 committed, 20.0 tx/s")
        .contains("p50 230.1, p95 384.6, p99 414.0, max 424.7")
        .contains("SENDER_QUOTA=3")
        .contains("node 1 (pboc): CPU 8.1% of a core, peak RSS 206 MiB");
  }
}
