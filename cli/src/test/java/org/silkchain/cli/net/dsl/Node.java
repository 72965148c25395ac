package org.silkchain.cli.net.dsl;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.silkchain.cli.net.local.LogTail;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeLauncher;
import org.silkchain.cli.net.local.NodeProcesses;
import org.silkchain.cli.net.local.NodeStatus;
import org.silkchain.cli.net.local.StatusClient;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.SignedTransaction;

/**
 * One node process of a {@link LocalNetwork}: its API, and its life (kill, stop, start). Every
 * operation goes to the real process: HTTP on loopback, signals by pid.
 */
public final class Node {
  private static final StatusClient STATUS = new StatusClient(Duration.ofSeconds(2));

  private final NodeHome home;
  private final NodeLauncher launcher;

  Node(NodeHome home, NodeLauncher launcher) {
    this.home = home;
    this.launcher = launcher;
  }

  public int number() {
    return home.number();
  }

  public String member() {
    return home.member();
  }

  public NodeHome home() {
    return home;
  }

  public int p2pPort() {
    return home.p2pListen().port();
  }

  // ---- API

  /** The node's status, or empty if it does not answer. */
  public Optional<NodeStatus> statusIfUp() {
    return STATUS.status(home.apiListen());
  }

  /** The node's status; fails the test if it does not answer. */
  public NodeStatus status() {
    return statusIfUp()
        .orElseThrow(
            () -> new AssertionError(this + " does not answer" + LogTail.indented(log(), 10)));
  }

  public long height() {
    return status().height();
  }

  /** {@code GET /api/v1/blocks/{height}}, or empty if above the node's tip. */
  public Optional<JsonNode> block(long height) {
    ApiClient.Reply reply = get("/api/v1/blocks/" + height);
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (reply.status() != 200) {
      throw new AssertionError(this + ": block " + height + ": " + reply);
    }
    return Optional.of(reply.body());
  }

  /** {@code GET /api/v1/status} as JSON (fields beyond {@link NodeStatus}, e.g. validator). */
  public JsonNode statusJson() {
    ApiClient.Reply reply = get("/api/v1/status");
    if (reply.status() != 200) {
      throw new AssertionError(this + ": status: " + reply);
    }
    return reply.body();
  }

  /** The consensus keys (hex) whose precommits the certificate of block {@code height} holds. */
  public java.util.List<String> commitSigners(long height) {
    JsonNode block =
        block(height).orElseThrow(() -> new AssertionError(this + " has no block " + height));
    java.util.List<String> signers = new java.util.ArrayList<>();
    block.path("certificate").path("signers").forEach(k -> signers.add(k.asText()));
    return signers;
  }

  /** {@code POST /api/v1/transactions}. */
  public Submission submit(SignedTransaction tx) {
    return submitHex(tx.encode().toHex());
  }

  /** Submits raw bytes as a transaction, for malformed input. */
  public Submission submitRaw(Bytes encoding) {
    return submitHex(encoding.toHex());
  }

  private Submission submitHex(String hex) {
    var body = ApiClient.JSON.createObjectNode().put("transaction", hex);
    try {
      ApiClient.Reply r = ApiClient.post(home.apiListen().http("/api/v1/transactions"), body);
      return new Submission(
          r.status(), r.status() == 202 ? "" : r.code(), r.body().path("id").asText(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(this + ": submit failed", e);
    }
  }

  /**
   * {@code GET /api/v1/transactions/{id}}: the committed or pending transaction, or empty for
   * {@code 404 UNKNOWN_TRANSACTION}.
   */
  public Optional<JsonNode> transaction(String id) {
    ApiClient.Reply reply = get("/api/v1/transactions/" + id);
    if (reply.status() == 404) {
      if (!reply.code().equals("UNKNOWN_TRANSACTION")) {
        throw new AssertionError(this + ": 404 without UNKNOWN_TRANSACTION: " + reply.body());
      }
      return Optional.empty();
    }
    if (reply.status() != 200) {
      throw new AssertionError(this + ": transaction " + id + ": " + reply);
    }
    return Optional.of(reply.body());
  }

  /**
   * {@code GET /api/v1/query/{module}/{name}?request=<hex>} at the node's tip: the canonical
   * response, or empty for {@code 404}.
   */
  public Optional<Bytes> query(String module, String name, Bytes request) {
    ApiClient.Reply reply =
        get("/api/v1/query/" + module + "/" + name + "?request=" + request.toHex());
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (reply.status() != 200) {
      throw new AssertionError(this + ": query " + module + "/" + name + ": " + reply);
    }
    return Optional.of(Bytes.fromHex(reply.body().path("response").asText()));
  }

  private ApiClient.Reply get(String path) {
    try {
      return ApiClient.get(home.apiListen().http(path));
    } catch (IOException e) {
      throw new UncheckedIOException(this + ": GET " + path + " failed", e);
    }
  }

  // ---- process

  public boolean isRunning() {
    return NodeProcesses.running(home).isPresent();
  }

  public OptionalLong pid() {
    return NodeProcesses.running(home).stream().mapToLong(ProcessHandle::pid).findFirst();
  }

  /** SIGKILL: a crash, no shutdown hook runs. Returns once the process is gone. */
  public Node killHard() {
    stop(true);
    return this;
  }

  /** SIGTERM: a clean shutdown. Returns once the process has exited. */
  public Node stop() {
    stop(false);
    return this;
  }

  private void stop(boolean hard) {
    try {
      if (!NodeProcesses.stop(home, hard, Duration.ofSeconds(30))) {
        throw new AssertionError(this + " was not running");
      }
    } catch (NetException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** Starts the stopped node and waits until its API answers (not until it has caught up). */
  public Node start() {
    if (isRunning()) {
      throw new AssertionError(this + " is already running");
    }
    Process process;
    try {
      process = launcher.launch(home);
    } catch (NetException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .failFast(
            () -> {
              if (!process.isAlive()) {
                throw new AssertionError(
                    this + " exited while starting" + LogTail.indented(log(), 20));
              }
            })
        .until(() -> STATUS.live(home.apiListen()));
    return this;
  }

  /** Waits until the node has committed {@code height}. */
  public Node awaitHeight(long height, Duration timeout) {
    await()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .failFast(
            () -> {
              if (!isRunning()) {
                throw new AssertionError(this + " is not running" + LogTail.indented(log(), 20));
              }
            })
        .until(() -> statusIfUp().map(s -> s.height() >= height).orElse(false));
    return this;
  }

  /** Resident memory of the process, from {@code /proc/<pid>/status} (VmRSS). */
  public long rssBytes() {
    long pid = pid().orElseThrow(() -> new AssertionError(this + " is not running"));
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          String[] parts = line.substring(6).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024; // kB
        }
      }
      throw new AssertionError("no VmRSS in /proc/" + pid + "/status");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path log() {
    return home.logFile();
  }

  @Override
  public String toString() {
    return home.label();
  }
}
