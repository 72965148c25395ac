package org.silkchain.cli.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.net.local.DefaultMembers;
import org.silkchain.cli.net.local.HostPort;
import org.silkchain.cli.net.local.LogTail;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.cli.net.local.NodeLauncher;
import org.silkchain.cli.net.local.NodeProcesses;
import org.silkchain.cli.net.local.NodeStatus;
import picocli.CommandLine;

/** The {@code net} commands without starting any node: arguments, directory layout, output. */
class NetCommandTest {
  private static final String HASH_A = "aa".repeat(32);
  private static final String HASH_B = "bb".repeat(32);

  @TempDir Path tmp;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new NetCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A generated-looking network directory with {@code n} nodes and no process. */
  private Path fakeNetwork(int n) throws IOException {
    Path dir = tmp.resolve("net");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("genesis.json"), "{}");
    for (int i = 1; i <= n; i++) {
      Path node = Files.createDirectories(dir.resolve("nodes").resolve(Integer.toString(i)));
      Files.writeString(
          node.resolve("node.yaml"),
          "member: m"
              + i
              + "\ngenesis: ../../genesis.json\np2p: { listen: \"127.0.0.1:"
              + (28000 + 2 * i)
              + "\" }\napi: { listen: \"127.0.0.1:"
              + (28001 + 2 * i)
              + "\" }\n");
    }
    return dir;
  }

  @Test
  void helpListsTheSubcommands() {
    Run run = run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("up", "status", "stop", "start", "down");
    for (String sub : List.of("up", "status", "stop", "start", "down")) {
      Run help = run(sub, "--help");
      assertThat(help.exitCode()).as(sub).isZero();
      assertThat(help.out()).as(sub).contains("--dir");
    }
  }

  @Test
  void upNeedsADirectory() {
    Run run = run("up", "--nodes", "4");
    assertThat(run.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(run.err()).contains("--dir");
  }

  @Test
  void upRejectsANodeCountOutOfRange() {
    Run run = run("up", "--nodes", "0", "--dir", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(run.err()).contains("--nodes must be between 1 and 100, got 0");
  }

  @Test
  void upRejectsABasePortWithoutRoom() {
    Run low = run("up", "--nodes", "4", "--dir", tmp.toString(), "--base-port", "80");
    Run high = run("up", "--nodes", "4", "--dir", tmp.toString(), "--base-port", "65530");
    assertThat(low.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(low.err()).contains("--base-port must leave room for 8 ports");
    assertThat(high.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(high.err()).contains("--base-port must leave room for 8 ports");
  }

  @Test
  void upCannotGenerateWithoutANodeCount() {
    Run run = run("up", "--dir", tmp.resolve("empty").toString());
    assertThat(run.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(run.err()).contains("--nodes N (or --members FILE) is required");
  }

  @Test
  void upRejectsAMissingMembersFile() {
    Run run = run("up", "--dir", tmp.toString(), "--members", tmp.resolve("nope.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(run.err()).contains("members file").contains("does not exist");
  }

  @Test
  void upRefusesAnotherNodeCountThanTheExistingConsortium() throws IOException {
    Path dir = fakeNetwork(4);
    Run run = run("up", "--nodes", "7", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(run.err()).contains("has a consortium of 4 nodes, not 7");
  }

  @Test
  void statusWithoutAConsortiumFailsWithTheReason() {
    Run run = run("status", "--dir", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(NetCommand.FAILED);
    assertThat(run.err()).startsWith("net status: ").contains("has no consortium");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void statusOfStoppedNodesShowsThemDown() throws IOException {
    Path dir = fakeNetwork(2);
    Run json = run("status", "--dir", dir.toString(), "--json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode nodes = new ObjectMapper().readTree(json.out()).path("nodes");
    assertThat(nodes).hasSize(2);
    assertThat(nodes.get(0).path("id").asInt()).isEqualTo(1);
    assertThat(nodes.get(1).path("member").asText()).isEqualTo("m2");
    for (JsonNode n : nodes) {
      for (String field : List.of("pid", "height", "tipHash", "stateRoot")) {
        assertThat(n.has(field)).as(field).isTrue();
        assertThat(n.get(field).isNull()).as(field).isTrue();
      }
    }
    Run text = run("status", "--dir", dir.toString());
    assertThat(text.out().lines().skip(1))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains(" - "));
  }

  @Test
  void aPidFileOfAnotherProcessIsNotTakenForTheNode() throws IOException, NetException {
    // Our own JVM stands in for a process that reused a dead node's pid.
    Path dir = fakeNetwork(1);
    NodeHome node = new NetworkHome(dir).node("1");
    Files.writeString(node.pidFile(), ProcessHandle.current().pid() + "\n");
    assertThat(NodeProcesses.running(node)).isEmpty();
    Run stop = run("stop", "1", "--dir", dir.toString(), "--hard");
    assertThat(stop.exitCode()).isZero();
    assertThat(stop.out()).contains("node 1 (m1) is not running");
    assertThat(node.pidFile()).doesNotExist();
  }

  @Test
  void nodesAreNamedByNumberOrMember() throws IOException, NetException {
    NetworkHome home = new NetworkHome(fakeNetwork(3));
    assertThat(home.node("2").member()).isEqualTo("m2");
    assertThat(home.node("m3").number()).isEqualTo(3);
    Run run = run("stop", "9", "--dir", home.dir().toString());
    assertThat(run.exitCode()).isEqualTo(NetCommand.FAILED);
    assertThat(run.err()).contains("no node \"9\"").contains("1=m1");
  }

  @Test
  void aNodeConfigWithoutApiAddressIsReported() throws IOException {
    Path dir = fakeNetwork(1);
    Files.writeString(dir.resolve("nodes/1/node.yaml"), "member: m1\np2p: { listen: \"x:1\" }\n");
    Run run = run("status", "--dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(NetCommand.FAILED);
    assertThat(run.err()).contains("node.yaml: missing api.listen");
  }

  @Test
  void statusTextAlignsColumnsAndJsonFollowsTheContract() throws IOException {
    var up = new NodeStatus("pboc", 12, HASH_A, HASH_B, 0, 3, 5);
    List<StatusReport.Row> rows =
        List.of(
            new StatusReport.Row(1, "pboc", Optional.of(4242L), Optional.of(up)),
            new StatusReport.Row(2, "icbc", Optional.empty(), Optional.empty()));
    List<String> lines = StatusReport.text(rows).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("NODE  MEMBER  PID   HEIGHT  TIP_HASH");
    assertThat(lines.get(1).split("\\s+"))
        .containsExactly("1", "pboc", "4242", "12", HASH_A, HASH_B);
    assertThat(lines.get(2).split("\\s+")).containsExactly("2", "icbc", "-", "-", "-", "-");
    assertThat(lines.get(1).indexOf(HASH_A)).isEqualTo(lines.get(0).indexOf("TIP_HASH"));

    JsonNode json = new ObjectMapper().readTree(StatusReport.json(rows));
    assertThat(json.toString())
        .isEqualTo(
            "{\"nodes\":[{\"id\":1,\"member\":\"pboc\",\"pid\":4242,\"height\":12,\"tipHash\":\""
                + HASH_A
                + "\",\"stateRoot\":\""
                + HASH_B
                + "\"},{\"id\":2,\"member\":\"icbc\",\"pid\":null,\"height\":null,"
                + "\"tipHash\":null,\"stateRoot\":null}]}");
  }

  @Test
  void defaultMembersMakeTheFirstNValidators() throws IOException {
    JsonNode four = new YAMLMapper().readTree(DefaultMembers.yaml(4));
    assertThat(four.path("chainId").asText()).isEqualTo("silk-local");
    JsonNode members = four.path("members");
    assertThat(members).hasSize(9);
    for (int i = 0; i < members.size(); i++) {
      assertThat(members.get(i).path("validator").asBoolean()).as("member %d", i).isEqualTo(i < 4);
    }
    assertThat(members.get(0).path("name").asText()).isEqualTo("People's Bank of China");
    assertThat(members.findValuesAsText("id")).doesNotHaveDuplicates();
    JsonNode twelve = new YAMLMapper().readTree(DefaultMembers.yaml(12));
    assertThat(twelve.path("members")).hasSize(12);
    assertThat(twelve.path("members").get(11).path("validator").asBoolean()).isTrue();
  }

  @Test
  void hostPortParsesListenAddresses() {
    assertThat(HostPort.parse("127.0.0.1:26601")).isEqualTo(new HostPort("127.0.0.1", 26601));
    assertThat(HostPort.parse("[::1]:80").http("/x").toString()).isEqualTo("http://[::1]:80/x");
    assertThat(HostPort.parse("0.0.0.0:9").connectHost()).isEqualTo("127.0.0.1");
    for (String bad : List.of("", "host", ":80", "host:", "host:x", "host:70000")) {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .as(bad)
          .isThrownBy(() -> HostPort.parse(bad));
    }
  }

  @Test
  void theLauncherRunsNodeStartWithTheConfigAndJvmOptions() throws IOException, NetException {
    NodeHome node = new NetworkHome(fakeNetwork(1)).node("1");
    NodeLauncher defaults = NodeLauncher.ofThisInstallation(Map.of());
    List<String> cmd = defaults.command(node);
    assertThat(cmd.subList(1, 5)).isEqualTo(NodeLauncher.DEFAULT_JVM_OPTIONS);
    assertThat(cmd)
        .endsWith(NodeLauncher.MAIN_CLASS, "node", "start", "--config", node.config().toString());
    NodeLauncher custom =
        NodeLauncher.ofThisInstallation(Map.of(NodeLauncher.JAVA_OPTS_ENV, " -Xmx64m  -Dx=1 "));
    assertThat(custom.jvmOptions()).containsExactly("-Xmx64m", "-Dx=1");
  }

  @Test
  void logTailKeepsTheLastLines() throws IOException {
    Path log = tmp.resolve("node.log");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      b.append("line ").append(i).append('\n');
    }
    Files.writeString(log, b);
    assertThat(LogTail.of(log, 3)).containsExactly("line 4997", "line 4998", "line 4999");
    assertThat(LogTail.of(tmp.resolve("missing.log"), 3).get(0)).startsWith("(cannot read");
  }
}
