package org.silkchain.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.Main;

class BenchCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpNamesTheWorkloadsAndOptions() {
    Run r = run("bench", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--workload")
        .contains("--rate")
        .contains("--duration")
        .contains("--out")
        .contains("fx-payment")
        .contains("transfer");
  }

  @Test
  void anUnknownWorkloadIsAUsageError() {
    Run r = run("bench", "--dir", tmp.toString(), "--workload", "nft", "--duration", "1");

    assertThat(r.code()).isEqualTo(BenchCommand.USAGE);
    assertThat(r.err()).contains("unknown workload nft").contains("transfer, fx-payment");
  }

  @Test
  void aDirectoryWithoutANetworkFailsWithTheReason() {
    Run r = run("bench", "--dir", tmp.toString(), "--workload", "transfer", "--duration", "1");

    assertThat(r.code()).isEqualTo(BenchCommand.FAILED);
    assertThat(r.err()).contains("has no consortium");
  }

  @Test
  void aNetworkWithoutTheRolesAWorkloadNeedsIsRefusedByName() throws Exception {
    Path members = tmp.resolve("members.yaml");
    Files.writeString(
        members,
        """
        chainId: silk-local
        suite: ed25519
        members:
          - { name: People's Bank of China, id: pboc, roles: [central-bank], jurisdiction: CN, validator: true }
          - { name: ICBC, id: icbc, roles: [commercial-bank], jurisdiction: CN, validator: true }
          - { name: DBS, id: dbs, roles: [commercial-bank], jurisdiction: SG, validator: false }
        """);
    Path net = tmp.resolve("net");
    Run genesis =
        run(
            "genesis",
            "--members",
            members.toString(),
            "--out",
            net.toString(),
            "--base-port",
            "31100");
    assertThat(genesis.code()).as(genesis.err()).isZero();

    // fx-payment needs two central banks (two currencies); this network has one.
    Run r = run("bench", "--dir", net.toString(), "--workload", "fx-payment", "--duration", "1");

    assertThat(r.code()).isEqualTo(BenchCommand.FAILED);
    assertThat(r.err())
        .contains("workload fx-payment needs 2 member(s) with role central-bank")
        .contains("[pboc]");
  }

  @Test
  void aNonPositiveRateIsAUsageError() {
    Run r =
        run(
            "bench",
            "--dir",
            tmp.toString(),
            "--workload",
            "transfer",
            "--duration",
            "1",
            "--rate",
            "0");

    assertThat(r.code()).isEqualTo(BenchCommand.USAGE);
    assertThat(r.err()).contains("must be positive");
  }
}
