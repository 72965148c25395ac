package org.silkchain.cli.net.dsl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.cli.net.local.DefaultMembers;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.cli.net.local.NodeHome;

/**
 * A {@link LocalNetwork} before it starts: where, on which ports, with a {@link FaultProxy} on the
 * p2p links or extra node config. {@link #up} generates the consortium and starts it with the
 * packaged {@code silkchain net up}.
 */
public final class NetworkSetup {
  private final int n;
  private final Path dir;
  private int basePort = 26600;
  private boolean faultProxy;
  private final Map<String, Object> nodeConfig = new LinkedHashMap<>();

  NetworkSetup(int n, Path dir) {
    this.n = n;
    this.dir = dir.toAbsolutePath();
  }

  /**
   * A fresh directory for one test class's network, {@code target/it/<name>/net}: kept after the
   * run (unlike a JUnit temp dir) so that the node logs of a failure can be read.
   */
  static Path freshDir(String name) {
    Path root = Cli.moduleDir().resolve("target").resolve("it").resolve(name);
    try {
      if (Files.exists(root)) {
        Reaper.stopAll(new NetworkHome(root.resolve("net"))); // left by a test JVM that was killed
        try (var walk = Files.walk(root)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root.resolve("net");
  }

  public NetworkSetup basePort(int port) {
    this.basePort = port;
    return this;
  }

  /** Route every p2p link through a {@link FaultProxy} (node.yaml {@code p2p.peers}). */
  public NetworkSetup faultProxy() {
    this.faultProxy = true;
    return this;
  }

  /** Sets a top-level section of every node.yaml, e.g. {@code mempool}. */
  public NetworkSetup nodeConfig(String section, Map<String, ?> values) {
    nodeConfig.put(section, values);
    return this;
  }

  public LocalNetwork up() {
    NetworkHome home = new NetworkHome(dir);
    Path cliLogs = dir.resolveSibling(dir.getFileName() + "-cli");
    Reaper.watch(home);
    Optional<FaultProxy> proxy = Optional.empty();
    try {
      List<String> upArgs = new ArrayList<>(List.of("net", "up", "--dir", dir.toString()));
      if (faultProxy || !nodeConfig.isEmpty()) {
        generate(cliLogs);
        proxy = faultProxy ? Optional.of(openProxy(home)) : Optional.empty();
        editConfigs(home, proxy);
      } else {
        upArgs.addAll(
            List.of("--nodes", Integer.toString(n), "--base-port", Integer.toString(basePort)));
      }
      Cli.Result result = Cli.run(cliLogs, Duration.ofSeconds(180), upArgs.toArray(String[]::new));
      if (result.exitCode() != 0) {
        throw new AssertionError("net up failed (" + result.exitCode() + "):\n" + result.output());
      }
      return new LocalNetwork(home, proxy, cliLogs);
    } catch (RuntimeException | Error e) {
      proxy.ifPresent(FaultProxy::close);
      Reaper.stopAll(home);
      throw e;
    }
  }

  private void generate(Path cliLogs) {
    try {
      Files.createDirectories(cliLogs);
      Path members = cliLogs.resolve("members.yaml");
      Files.writeString(members, DefaultMembers.yaml(n));
      Cli.Result r =
          Cli.run(
              cliLogs,
              Duration.ofSeconds(120),
              "genesis",
              "--members",
              members.toString(),
              "--out",
              dir.toString(),
              "--base-port",
              Integer.toString(basePort));
      if (r.exitCode() != 0) {
        throw new AssertionError("genesis failed (" + r.exitCode() + "):\n" + r.output());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FaultProxy openProxy(NetworkHome home) {
    Map<Integer, Integer> p2p = new TreeMap<>();
    for (NodeHome node : nodeHomes(home)) {
      p2p.put(node.number(), node.p2pListen().port());
    }
    try {
      return new FaultProxy(p2p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies {@link #nodeConfig} and, with a proxy, points each node's peers at it. */
  private void editConfigs(NetworkHome home, Optional<FaultProxy> proxy) {
    List<NodeHome> homes = nodeHomes(home);
    YAMLMapper yaml = new YAMLMapper();
    for (NodeHome node : homes) {
      Map<String, Object> sections = new LinkedHashMap<>(nodeConfig);
      proxy.ifPresent(p -> sections.put("p2p", proxiedP2p(node, homes, p)));
      try {
        ObjectNode root = (ObjectNode) yaml.readTree(node.config().toFile());
        sections.forEach((k, v) -> root.set(k, yaml.valueToTree(v)));
        yaml.writeValue(node.config().toFile(), root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code p2p: {listen: <own>, peers: [{member, host, port}]}} with the proxy's ports. */
  private static Map<String, Object> proxiedP2p(
      NodeHome node, List<NodeHome> all, FaultProxy proxy) {
    List<Map<String, Object>> peers = new ArrayList<>();
    for (NodeHome peer : all) {
      if (peer.number() != node.number()) {
        peers.add(
            Map.of(
                "member", peer.member(),
                "host", "127.0.0.1",
                "port", proxy.port(node.number(), peer.number())));
      }
    }
    Map<String, Object> p2p = new LinkedHashMap<>();
    p2p.put("listen", node.p2pListen().toString());
    p2p.put("peers", peers);
    return p2p;
  }

  private static List<NodeHome> nodeHomes(NetworkHome home) {
    try {
      return home.nodes();
    } catch (NetException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
