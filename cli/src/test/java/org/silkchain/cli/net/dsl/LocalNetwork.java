package org.silkchain.cli.net.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.silkchain.cli.net.local.LogTail;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.ChainId;

/**
 * A consortium of real node processes on loopback, for multi-process tests, in the style of Besu's
 * acceptance-test DSL:
 *
 * <pre>{@code
 * try (LocalNetwork net = LocalNetwork.up(4, dir, 27000)) {
 *   net.node(2).killHard();
 *   net.awaitAllAtLeast(net.maxHeight() + 3);
 *   net.node(2).start();
 *   net.awaitAllAtLeast(net.maxHeight() + 2);
 *   net.assertSameChainUpTo(net.minHeight());
 * }
 * }</pre>
 *
 * {@link #up} runs the packaged {@code silkchain net up} as its own process (so the command is
 * tested too); kills and restarts then go through the same process code in this JVM. {@link #close}
 * stops every node, and a shutdown hook kills whatever a dying test JVM left running.
 */
public final class LocalNetwork implements AutoCloseable {
  /** How long the tests wait for a height the network should reach. */
  public static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(60);

  private final NetworkHome home;
  private final List<Node> nodes;
  private final Optional<FaultProxy> proxy;
  private final ChainId chainId;
  private final SignatureSuite suite;
  private final List<String> members;
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Path cliLogs;

  LocalNetwork(NetworkHome home, Optional<FaultProxy> proxy, Path cliLogs) {
    this.home = home;
    this.proxy = proxy;
    this.cliLogs = cliLogs;
    try {
      this.nodes =
          new java.util.concurrent.CopyOnWriteArrayList<>(
              home.nodes().stream().map(h -> new Node(h, Cli.nodeLauncher())).toList());
      JsonNode genesis = ApiClient.JSON.readTree(home.genesis().toFile());
      this.chainId = ChainId.of(genesis.path("chainId").asText());
      this.suite =
          SignatureSuite.of(
              genesis.path("suite").asText().equals("sm2") ? SuiteId.SM2_SM3 : SuiteId.ED25519);
      List<String> ids = new ArrayList<>();
      genesis.path("members").forEach(m -> ids.add(m.path("id").asText()));
      this.members = List.copyOf(ids);
    } catch (NetException e) {
      throw new AssertionError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code silkchain net up --nodes n --dir dir --base-port basePort}. */
  public static LocalNetwork up(int n, Path dir, int basePort) {
    return configure(n, dir).basePort(basePort).up();
  }

  /** A network to set up further (fault proxy, node config) before {@link NetworkSetup#up}. */
  public static NetworkSetup configure(int n, Path dir) {
    return new NetworkSetup(n, dir);
  }

  /** See {@link NetworkSetup#freshDir}. */
  public static Path freshDir(String name) {
    return NetworkSetup.freshDir(name);
  }

  // ---- members and nodes

  public Node node(int number) {
    return nodes.stream()
        .filter(n -> n.number() == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no node " + number));
  }

  public List<Node> nodes() {
    return List.copyOf(nodes);
  }

  /**
   * {@code silkchain net add-node --dir DIR --member member}: a node for a member that runs none
   * (not started), with the registry entry a governance proposal must carry to admit it.
   */
  public AddedNode addNode(String member) {
    Cli.Result r = cli("net", "add-node", "--dir", home.dir().toString(), "--member", member);
    assertThat(r.exitCode()).as(r.output()).isZero();
    java.util.Map<String, String> fields = new TreeMap<>();
    r.output()
        .lines()
        .filter(l -> l.matches("[a-zA-Z]+: .*"))
        .forEach(
            l -> fields.put(l.substring(0, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2)));
    int number = Integer.parseInt(fields.get("node"));
    try {
      Node node =
          new Node(
              org.silkchain.cli.net.local.NodeHome.read(
                  number, home.dir().resolve("nodes").resolve(Integer.toString(number))),
              Cli.nodeLauncher());
      nodes.add(node);
      return new AddedNode(
          node,
          org.silkchain.runtime.validators.ValidatorRegistry.Entry.CODEC.decode(
              org.silkchain.codec.Bytes.fromHex(fields.get("entry"))));
    } catch (NetException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** A node {@link #addNode} prepared, and the registry entry that would make it a validator. */
  public record AddedNode(
      Node node, org.silkchain.runtime.validators.ValidatorRegistry.Entry entry) {}

  /** The nodes whose process is running. */
  public List<Node> running() {
    return nodes.stream().filter(Node::isRunning).toList();
  }

  public NetworkHome home() {
    return home;
  }

  public ChainId chainId() {
    return chainId;
  }

  /** Genesis member ids, validators and others, in genesis order. */
  public List<String> members() {
    return members;
  }

  /** The member's account, its signing key opened from the network directory (cached). */
  public Account account(String member) {
    return accounts.computeIfAbsent(
        member, m -> Account.open(home.memberDir(m), m, suite, chainId));
  }

  // ---- heights and agreement

  public long maxHeight() {
    return running().stream().mapToLong(Node::height).max().orElseThrow();
  }

  public long minHeight() {
    return running().stream().mapToLong(Node::height).min().orElseThrow();
  }

  /** Heights of the running nodes that answer, by node number. */
  public Map<Integer, Long> heights() {
    Map<Integer, Long> heights = new TreeMap<>();
    for (Node node : running()) {
      node.statusIfUp().ifPresent(s -> heights.put(node.number(), s.height()));
    }
    return heights;
  }

  /** Waits until every running node has committed {@code height}. */
  public LocalNetwork awaitAllAtLeast(long height) {
    return awaitAtLeast(height, running(), COMMIT_TIMEOUT);
  }

  public LocalNetwork awaitAtLeast(long height, List<Node> which, Duration timeout) {
    await("nodes " + which + " at height >= " + height)
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(250))
        .failFast(() -> which.forEach(LocalNetwork::assertRunning))
        .until(
            () ->
                which.stream()
                    .allMatch(n -> n.statusIfUp().map(s -> s.height() >= height).orElse(false)));
    return this;
  }

  /**
   * Asserts that for {@code duration} no running node commits past its current height; returns that
   * height (the largest).
   */
  public long assertNoCommitsFor(Duration duration) {
    Map<Integer, Long> start = heights();
    assertThat(start).as("every running node answers").hasSize(running().size());
    await("no commits for " + duration)
        .during(duration)
        .atMost(duration.plusSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> heights().equals(start));
    return start.values().stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  /**
   * Asserts that every running node has the same block (header, hash, state root, transactions; not
   * the node-local commit certificate) at each height 1..{@code height}: no fork, same state. All
   * must have committed it.
   */
  public LocalNetwork assertSameChainUpTo(long height) {
    for (long h = 1; h <= height; h++) {
      assertSameTipAt(h);
    }
    return this;
  }

  /** Asserts that every running node has the same block at {@code height}. */
  public LocalNetwork assertSameTipAt(long height) {
    Map<Integer, JsonNode> blocks = new TreeMap<>();
    for (Node node : running()) {
      JsonNode block =
          node.block(height)
              .orElseThrow(() -> new AssertionError(node + " has no block " + height));
      // The certificate is each node's own evidence of the decision (whichever quorum of
      // precommits it gathered, or the one it synced): the block is what must agree.
      com.fasterxml.jackson.databind.node.ObjectNode withoutCertificate =
          (com.fasterxml.jackson.databind.node.ObjectNode) block.deepCopy();
      withoutCertificate.remove("certificate");
      blocks.put(node.number(), withoutCertificate);
    }
    JsonNode first = blocks.values().iterator().next();
    assertThat(first.path("stateRoot").asText())
        .as("block %d has a stateRoot", height)
        .isNotEmpty();
    assertThat(blocks)
        .as("block %d on every running node", height)
        .allSatisfy((n, b) -> assertThat(b).as("node %d's block %d", n, height).isEqualTo(first));
    return this;
  }

  // ---- faults

  /** Cuts {@code node} off from every peer (both directions) until {@link #heal}. */
  public LocalNetwork cutOff(Node node) {
    proxy().cutOff(node.number());
    return this;
  }

  public LocalNetwork heal(Node node) {
    proxy().heal(node.number());
    return this;
  }

  private FaultProxy proxy() {
    return proxy.orElseThrow(() -> new IllegalStateException("configure(...).faultProxy()"));
  }

  // ---- the CLI

  /** {@code silkchain net status --dir DIR --json}, parsed. */
  public JsonNode cliStatus() {
    Cli.Result r = cli("net", "status", "--dir", home.dir().toString(), "--json");
    assertThat(r.exitCode()).as(r.output()).isZero();
    try {
      return ApiClient.JSON.readTree(r.output());
    } catch (IOException e) {
      throw new AssertionError("net status --json printed no JSON: " + r.output(), e);
    }
  }

  /** Runs the packaged CLI; its output is kept next to the network directory. */
  public Cli.Result cli(String... args) {
    return Cli.run(cliLogs, Duration.ofSeconds(120), args);
  }

  /** Stops every node (SIGTERM, SIGKILL after 15 s) and the proxy. */
  @Override
  public void close() {
    try {
      proxy.ifPresent(FaultProxy::close);
      Reaper.stopAll(home);
    } finally {
      Reaper.release(home);
    }
  }

  private static void assertRunning(Node node) {
    if (!node.isRunning()) {
      throw new AssertionError(node + " is not running" + LogTail.indented(node.log(), 20));
    }
  }
}
