package org.silkchain.cli.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.Main;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.codec.Bytes;
import org.silkchain.runtime.validators.ValidatorRegistry;
import picocli.CommandLine;

/** {@code net add-node} on a generated consortium: files, output, refusals. */
class NetAddNodeTest {
  private record Run(int exitCode, String out, String err) {}

  @TempDir Path tmp;
  private Path net;

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void generate() throws Exception {
    Path members = tmp.resolve("members.yaml");
    Files.writeString(
        members,
        """
        chainId: silk-local
        suite: ed25519
        members:
          - { name: Bank One, id: bank-1, roles: [commercial-bank], jurisdiction: SG, validator: true }
          - { name: Bank Two, id: bank-2, roles: [commercial-bank], jurisdiction: CN, validator: true }
          - { name: Bank Three, id: bank-3, roles: [commercial-bank], jurisdiction: HK, validator: false }
        """);
    net = tmp.resolve("net");
    Run g =
        run(
            "genesis",
            "--members",
            members.toString(),
            "--out",
            net.toString(),
            "--base-port",
            "35100");
    assertThat(g.exitCode()).as(g.err()).isZero();
  }

  private static Map<String, String> fields(String out) {
    Map<String, String> fields = new TreeMap<>();
    out.lines()
        .filter(l -> l.contains(": "))
        .forEach(
            l -> fields.put(l.substring(0, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2)));
    return fields;
  }

  @Test
  void preparesTheNextNodeAndPrintsItsRegistryEntry() throws Exception {
    Run run = run("net", "add-node", "--dir", net.toString(), "--member", "bank-3", "--power", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> f = fields(run.out());
    assertThat(f).containsEntry("node", "3").containsEntry("member", "bank-3");
    assertThat(f).containsEntry("address", "127.0.0.1:35104").containsEntry("power", "2");
    assertThat(net.resolve("members/bank-3/node.key")).exists();
    assertThat(net.resolve("members/bank-3/tls.crt")).exists();
    assertThat(new NetworkHome(net).node("bank-3").p2pListen().port()).isEqualTo(35104);
    assertThat(new NetworkHome(net).nodes()).hasSize(3);

    ValidatorRegistry.Entry entry =
        ValidatorRegistry.Entry.CODEC.decode(Bytes.fromHex(f.get("entry")));
    assertThat(entry.key().bytes().toHex()).isEqualTo(f.get("validatorKey"));
    assertThat(entry.tlsFingerprint().toHex()).isEqualTo(f.get("tlsFingerprint"));
    assertThat(entry.operator().bytes().toHex()).isEqualTo(f.get("operator"));
    assertThat(entry.power()).isEqualTo(2);
    assertThat(entry.address()).isEqualTo("127.0.0.1:35104");
  }

  @Test
  void refusesAMemberThatRunsANodeOrIsUnknown() {
    assertThat(run("net", "add-node", "--dir", net.toString(), "--member", "bank-3").exitCode())
        .isZero();
    Run again = run("net", "add-node", "--dir", net.toString(), "--member", "bank-3");
    assertThat(again.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(again.err()).contains("already runs a node");
    Run validator = run("net", "add-node", "--dir", net.toString(), "--member", "bank-1");
    assertThat(validator.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(validator.err()).contains("already runs a node");
    Run unknown = run("net", "add-node", "--dir", net.toString(), "--member", "nobody");
    assertThat(unknown.exitCode()).isEqualTo(NetCommand.USAGE);
    assertThat(unknown.err()).contains("not in the genesis");
    Run noPower =
        run("net", "add-node", "--dir", net.toString(), "--member", "bank-2", "--power", "0");
    assertThat(noPower.exitCode()).isEqualTo(NetCommand.USAGE);
  }
}
