package org.silkchain.cli.net;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeProcesses;
import org.silkchain.cli.net.local.NodeStatus;
import org.silkchain.cli.net.local.StatusClient;

/** What {@code net status} prints, as a table or as the contract's JSON. */
final class StatusReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One node's line. {@code pid} is empty when the node is down; the chain fields are empty when it
   * is down or does not answer.
   */
  record Row(int id, String member, Optional<Long> pid, Optional<NodeStatus> status) {}

  private StatusReport() {}

  static List<Row> collect(List<NodeHome> nodes, StatusClient client) {
    List<Row> rows = new ArrayList<>(nodes.size());
    for (NodeHome node : nodes) {
      Optional<Long> pid = NodeProcesses.running(node).map(ProcessHandle::pid);
      Optional<NodeStatus> status =
          pid.isPresent() ? client.status(node.apiListen()) : Optional.empty();
      rows.add(new Row(node.number(), node.member(), pid, status));
    }
    return rows;
  }

  /** {@code {"nodes": [...]}}, every field present, null where unknown. */
  static String json(List<Row> rows) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode nodes = root.putArray("nodes");
    for (Row row : rows) {
      ObjectNode n = nodes.addObject();
      n.put("id", row.id());
      n.put("member", row.member());
      row.pid().ifPresentOrElse(p -> n.put("pid", p), () -> n.putNull("pid"));
      row.status()
          .ifPresentOrElse(
              s -> {
                n.put("height", s.height());
                n.put("tipHash", s.tipHash());
                n.put("stateRoot", s.stateRoot());
              },
              () -> {
                n.putNull("height");
                n.putNull("tipHash");
                n.putNull("stateRoot");
              });
    }
    return root.toString();
  }

  /** A header and one line per node, columns aligned, "-" for unknown values. */
  static String text(List<Row> rows) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"NODE", "MEMBER", "PID", "HEIGHT", "TIP_HASH", "STATE_ROOT"});
    for (Row row : rows) {
      lines.add(
          new String[] {
            Integer.toString(row.id()),
            row.member(),
            row.pid().map(String::valueOf).orElse("-"),
            row.status().map(s -> Long.toString(s.height())).orElse("-"),
            row.status().map(NodeStatus::tipHash).orElse("-"),
            row.status().map(NodeStatus::stateRoot).filter(r -> !r.isEmpty()).orElse("-")
          });
    }
    int[] width = new int[lines.get(0).length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        l.append(i == 0 ? "" : "  ").append(line[i]);
        if (i < line.length - 1) {
          l.append(" ".repeat(width[i] - line[i].length()));
        }
      }
      b.append(l.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }
}
