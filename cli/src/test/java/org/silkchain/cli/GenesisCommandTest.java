package org.silkchain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenesisCommandTest {
  private record Run(int exitCode, String out, String err) {}

  @TempDir Path dir;

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void createsAConsortiumDirectory() throws Exception {
    Path members = dir.resolve("members.yaml");
    Files.writeString(
        members,
        """
        chainId: silk-local
        suite: ed25519
        members:
          - { name: People's Bank of China, id: pboc, roles: [central-bank], jurisdiction: CN, validator: true }
          - { name: Acme Trading, id: acme, roles: [trader], jurisdiction: SG, validator: false }
        """);
    Path out = dir.resolve("net");
    Run run =
        run(
            new GenesisCommand(),
            "--members",
            members.toString(),
            "--out",
            out.toString(),
            "--base-port",
            "31000");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("genesis ", "node 1: pboc p2p 127.0.0.1:31000");
    assertThat(out.resolve("genesis.json")).exists();
    assertThat(out.resolve("nodes/1/node.yaml")).content().contains("127.0.0.1:31001");
    assertThat(out.resolve("members/acme/signing.key")).exists();

    Run again = run(new GenesisCommand(), "--members", members.toString(), "--out", out.toString());
    assertThat(again.exitCode()).isEqualTo(GenesisCommand.INVALID);
    assertThat(again.err()).contains("already holds a genesis");
  }

  @Test
  void anInvalidMembersFileExitsWithTwoAndOneLine() throws Exception {
    Path members = dir.resolve("members.yaml");
    Files.writeString(
        members,
        "chainId: silk\nsuite: ed25519\nmembers:\n"
            + "  - { name: A, id: a, roles: [pirate], jurisdiction: CN, validator: true }\n");
    Run run =
        run(
            new GenesisCommand(),
            "--members",
            members.toString(),
            "--out",
            dir.resolve("x").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n").contains("unknown role pirate");
  }

  @Test
  void nodeStartWithABadConfigExitsWithTwo() throws Exception {
    Path config = dir.resolve("node.yaml");
    Files.writeString(config, "member: a\ngenesis: g.json\ncolour: blue\n");
    Run run = run(new NodeCommand(), "start", "--config", config.toString());
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void nodeStartNeedsAConfig() {
    Run run = run(new NodeCommand(), "start");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--config");
  }
}
