package org.silkchain.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * What {@code silkchain bench} measured, and its JSON form: {@code {"workload", "mode", "rate",
 * "durationSeconds", "submitted", "committed", "tps", "latencyMs": {"p50", "p95", "p99", "max",
 * "mean"}, "rejected": {CODE: n}, "nodes": [{"node", "member", "pid", "cpuPercent", "rssPeakBytes",
 * "rssPeakMiB"}], "client": {"cpuPercent", "rssPeakBytes"}}}.
 *
 * @param rate the open loop's target rate, or null for the closed loop
 * @param submitted transactions a node accepted (202)
 * @param committed transactions committed with result OK
 * @param rejected refusals by code: API codes (every attempt, including ones retried later) and the
 *     result codes of committed transactions that did not succeed
 */
record BenchReport(
    String workload,
    Double rate,
    double durationSeconds,
    long submitted,
    long committed,
    Latencies latency,
    SortedMap<String, Long> rejected,
    List<Usage> nodes,
    Usage client) {
  /** One process's usage over the timed phase. */
  record Usage(int node, String member, Long pid, double cpuPercent, long rssPeakBytes) {}

  double tps() {
    return durationSeconds <= 0 ? 0 : Math.round(committed / durationSeconds * 10) / 10.0;
  }

  String mode() {
    return rate == null ? "closed-loop" : "open-loop";
  }

  Map<String, Object> toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("workload", workload);
    root.put("mode", mode());
    root.put("rate", rate);
    root.put("durationSeconds", durationSeconds);
    root.put("submitted", submitted);
    root.put("committed", committed);
    root.put("tps", tps());
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("p50", latency.p50());
    l.put("p95", latency.p95());
    l.put("p99", latency.p99());
    l.put("max", latency.max());
    l.put("mean", latency.mean());
    root.put("latencyMs", l);
    root.put("rejected", new LinkedHashMap<>(rejected));
    root.put("nodes", nodes.stream().map(BenchReport::usage).toList());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("cpuPercent", client.cpuPercent());
    c.put("rssPeakBytes", client.rssPeakBytes());
    root.put("client", c);
    return root;
  }

  String json() {
    try {
      return new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(toJson());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A few readable lines for the console. */
  String summary() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s, %s%s, %.0f s: %d submitted, %d committed, %.1f tx/s%n",
            workload,
            mode(),
            rate == null ? "" : " at " + rate + " tx/s",
            durationSeconds,
            submitted,
            committed,
            tps()));
    b.append(
        String.format(
            Locale.ROOT,
            "finality latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (mean %.1f)%n",
            latency.p50(),
            latency.p95(),
            latency.p99(),
            latency.max(),
            latency.mean()));
    b.append("rejected: ").append(rejected.isEmpty() ? "none" : rejected).append('\n');
    for (Usage u : nodes) {
      b.append(
          String.format(
              Locale.ROOT,
              "node %d (%s): CPU %.1f%% of a core, peak RSS %d MiB%n",
              u.node(),
              u.member(),
              u.cpuPercent(),
              u.rssPeakBytes() >> 20));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "client: CPU %.1f%% of a core, peak RSS %d MiB%n",
            client.cpuPercent(),
            client.rssPeakBytes() >> 20));
    return b.toString();
  }

  private static Map<String, Object> usage(Usage u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("node", u.node());
    m.put("member", u.member());
    m.put("pid", u.pid());
    m.put("cpuPercent", u.cpuPercent());
    m.put("rssPeakBytes", u.rssPeakBytes());
    m.put("rssPeakMiB", u.rssPeakBytes() >> 20);
    return m;
  }
}
