package org.silkchain.cli.net.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One node's directory in a local network, {@code DIR/nodes/<n>/}: its {@code node.yaml}, data,
 * {@code node.log} and {@code node.pid}. Only the config fields a launcher needs are read here; the
 * node itself owns the full config format.
 *
 * @param number the node's number n (1-based, members order)
 * @param dir absolute, normalized path of the node's directory
 * @param member the member id that runs the node
 * @param p2pListen the config's {@code p2p.listen}
 * @param apiListen the config's {@code api.listen}
 */
public record NodeHome(
    int number, Path dir, String member, HostPort p2pListen, HostPort apiListen) {
  public static final String CONFIG_FILE = "node.yaml";
  public static final String LOG_FILE = "node.log";
  public static final String PID_FILE = "node.pid";

  private static final YAMLMapper YAML = new YAMLMapper();

  public Path config() {
    return dir.resolve(CONFIG_FILE);
  }

  public Path logFile() {
    return dir.resolve(LOG_FILE);
  }

  public Path pidFile() {
    return dir.resolve(PID_FILE);
  }

  /** {@code node 2 (icbc)}: how messages name a node. */
  public String label() {
    return "node " + number + " (" + member + ")";
  }

  /** Reads {@code dir/node.yaml}. */
  public static NodeHome read(int number, Path dir) throws NetException {
    Path abs = dir.toAbsolutePath().normalize();
    Path config = abs.resolve(CONFIG_FILE);
    JsonNode root;
    try {
      root = YAML.readTree(config.toFile());
    } catch (IOException e) {
      throw new NetException(config + ": cannot read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new NetException(config + ": not a YAML mapping");
    }
    String member = text(root, config, "member");
    try {
      HostPort p2p = HostPort.parse(text(root.path("p2p"), config, "p2p.listen", "listen"));
      HostPort api = HostPort.parse(text(root.path("api"), config, "api.listen", "listen"));
      return new NodeHome(number, abs, member, p2p, api);
    } catch (IllegalArgumentException e) {
      throw new NetException(config + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode node, Path config, String field) throws NetException {
    return text(node, config, field, field);
  }

  private static String text(JsonNode node, Path config, String label, String field)
      throws NetException {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.asText().isBlank()) {
      throw new NetException(config + ": missing " + label);
    }
    return value.asText();
  }
}
