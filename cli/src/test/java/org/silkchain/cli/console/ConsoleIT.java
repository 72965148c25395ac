package org.silkchain.cli.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.silkchain.cli.net.dsl.Account;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.cli.net.dsl.Submission;
import org.silkchain.cli.trade.ConsoleTradeScenario;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;

/**
 * The web console against a real 4-node network started by {@code silkchain net up}: every node
 * serves it, and the browser tests ({@code console/e2e/console.e2e.mjs}, Playwright driving
 * Debian's headless Chromium) follow the height live, open a transaction and its block, switch to
 * Chinese, sign in as a bank with its key file and pay with a transaction signed in the browser.
 * Screenshots of each main screen go to {@code target/screenshots/}.
 *
 * <p>Needs Node.js and {@code /usr/bin/chromium}: this test runs {@code scripts/install-browser.sh}
 * first (apt installs Debian's chromium once, only when it is missing), and the console module's
 * build has already run {@code npm ci}, which brings {@code playwright-core}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {
  private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(4);

  private LocalNetwork net;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void up() throws Exception {
    installBrowser();
    net = LocalNetwork.up(4, LocalNetwork.freshDir("console"), 29700);
  }

  /** The project's own installer: no browser download, Debian's package or nothing. */
  private static void installBrowser() throws IOException, InterruptedException {
    Path script = moduleDir().resolveSibling("scripts").resolve("install-browser.sh");
    Process p =
        new ProcessBuilder("bash", script.toString())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("install-browser.sh finishes").isTrue();
    assertThat(p.exitValue()).as("install-browser.sh: %s", output).isZero();
  }

  @AfterAll
  void down() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  @Order(1)
  void everyNodeServesTheConsoleOnItsApiPort() throws Exception {
    for (Node node : net.nodes()) {
      HttpResponse<String> index = get(consoleUrl(node));
      assertThat(index.statusCode()).as("%s", node).isEqualTo(200);
      assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(index.body()).contains("<div id=\"app\">").contains("/console/assets/");
      String bundle =
          index.body().replaceAll("(?s).*src=\"(/console/assets/[^\"]+\\.js)\".*", "$1");
      HttpResponse<String> js = get(apiBase(node) + bundle);
      assertThat(js.statusCode()).as(bundle).isEqualTo(200);
      assertThat(js.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
      // Sent as is: a path that climbs out of the console is refused, not resolved.
      assertThat(get(consoleUrl(node) + "../api/v1/status").statusCode()).isEqualTo(404);
      assertThat(get(consoleUrl(node) + "no-such-file.js").statusCode()).isEqualTo(404);
    }
  }

  @Test
  @Order(2)
  void netUpPrintsTheConsoleAddress() throws IOException {
    Path cliLogs = net.home().dir().resolveSibling(net.home().dir().getFileName() + "-cli");
    try (var logs = Files.list(cliLogs)) {
      Path netUp =
          logs.filter(p -> p.getFileName().toString().startsWith("cli-net-up"))
              .findFirst()
              .orElseThrow();
      assertThat(Files.readString(netUp, StandardCharsets.UTF_8))
          .contains("web console: " + consoleUrl(net.node(1)));
    }
  }

  @Test
  @Order(3)
  void theBrowserTestsPassAgainstTheNetwork() throws Exception {
    // The central bank issues CNY and mints 1,000.00 to ICBC, which then pays from the browser;
    // the mint, with its "minted" event, is the transaction the explorer looks up.
    Account pboc = net.account("pboc");
    Account icbc = net.account("icbc");
    commit(net.node(1), pboc.sign(payload("issue", Issue.CODEC.encode(new Issue("CNY", 2)))));
    String txId =
        commit(
            net.node(2),
            pboc.sign(
                payload("mint", Movement.CODEC.encode(new Movement("CNY", icbc.id(), 100_000)))));

    Map<String, String> env = baseEnvironment();
    env.put("TX_ID", txId);
    env.put("BANK", "icbc");
    env.put("CENTRAL_BANK", "mas");
    env.put("CENTRAL_BANK_CURRENCY", "SGD");
    env.put("RECIPIENT", net.account("dbs").id().toString());
    runBrowserTests(List.of("e2e/console.e2e.mjs"), env, "console-e2e.log");
    Path screenshots = Path.of(env.get("SCREENSHOTS"));
    for (String screen :
        new String[] {
          "overview",
          "overview-zh",
          "blocks",
          "block",
          "transaction",
          "sign-in",
          "account-transfer",
          "account",
          "central-bank"
        }) {
      assertThat(screenshots.resolve(screen + ".png")).as(screen).isNotEmptyFile();
    }
  }

  /**
   * The trade the dashboards follow ({@link ConsoleTradeScenario}: customers, a cross-border
   * payment, a documentary credit settled against an eBL, a credit to advise, an open proposal),
   * then every other browser test file ({@code console/e2e/*.e2e.mjs}) against it.
   */
  @Test
  @Order(4)
  void theDashboardsFollowTheTrade() throws Exception {
    Map<String, String> env = baseEnvironment();
    env.putAll(ConsoleTradeScenario.run(net));
    assertThat(env)
        .containsKeys(
            "IMPORTER_DIR",
            "EXPORTER_DIR",
            "CORRIDOR_ID",
            "PAYMENT_ID",
            "CREDIT_ID",
            "BILL_ID",
            "CREDIT_TO_ADVISE",
            "PROPOSAL_ID");
    List<String> files;
    try (var list = Files.list(consoleModule().resolve("e2e"))) {
      files =
          list.map(p -> "e2e/" + p.getFileName())
              .filter(f -> f.endsWith(".e2e.mjs") && !f.equals("e2e/console.e2e.mjs"))
              .sorted()
              .toList();
    }
    assertThat(files).as("the dashboards' browser tests").isNotEmpty();
    runBrowserTests(files, env, "dashboards-e2e.log");
  }

  private Map<String, String> baseEnvironment() throws IOException {
    Path screenshots = moduleDir().resolve("target").resolve("screenshots");
    Files.createDirectories(screenshots);
    Map<String, String> env = new java.util.LinkedHashMap<>();
    env.put("CONSOLE_URL", consoleUrl(net.node(3)));
    env.put("SCREENSHOTS", screenshots.toString());
    env.put("NET_DIR", net.home().dir().toString());
    return env;
  }

  /** Runs {@code files} with node:test in headless Chromium; asserts every test passed. */
  private void runBrowserTests(List<String> files, Map<String, String> env, String logName)
      throws Exception {
    Path log = moduleDir().resolve("target").resolve(logName);
    List<String> command = new java.util.ArrayList<>();
    command.addAll(List.of("node", "--test", "--test-reporter=spec", "--test-concurrency=1"));
    command.addAll(files);
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(consoleModule().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    Process browser = pb.start();
    boolean finished = browser.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (!finished) {
      browser.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println("ConsoleIT browser tests " + files + ":\n" + output);
    assertThat(finished).as("browser tests within %s:\n%s", BROWSER_TIMEOUT, output).isTrue();
    assertThat(browser.exitValue()).as(output).isZero();
    // node:test's spec summary: every test of the files ran and passed.
    assertThat(output).containsPattern("(?m)pass [1-9]\\d*$").contains("fail 0", "skipped 0");
  }

  private static Payload payload(String action, Bytes body) {
    return new Payload("currency", action, body);
  }

  /** Submits {@code tx} and waits until it is committed with result OK; returns its id. */
  private static String commit(Node node, SignedTransaction tx) {
    Submission sub = node.submit(tx);
    assertThat(sub.accepted()).as(sub.toString()).isTrue();
    await("transaction " + sub.id() + " committed")
        .atMost(LocalNetwork.COMMIT_TIMEOUT)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                node.transaction(sub.id())
                    .map(t -> t.path("status").asText().equals("committed"))
                    .orElse(false));
    String code = node.transaction(sub.id()).orElseThrow().path("result").path("code").asText();
    assertThat(code).as("result of %s", sub.id()).isEqualTo("OK");
    return sub.id();
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String apiBase(Node node) {
    return node.home().apiListen().http("").toString();
  }

  private static String consoleUrl(Node node) {
    return apiBase(node) + "/console/";
  }

  private static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
  }

  private static Path consoleModule() {
    Path dir = moduleDir().resolveSibling("console");
    assertThat(dir.resolve("node_modules").resolve("playwright-core"))
        .as("the console module's build runs npm ci, which installs playwright-core")
        .isDirectory();
    assertThat(Path.of(System.getenv().getOrDefault("SILKCHAIN_CHROMIUM", "/usr/bin/chromium")))
        .as("Chromium: scripts/install-browser.sh installs Debian's package")
        .isExecutable();
    return dir;
  }
}
