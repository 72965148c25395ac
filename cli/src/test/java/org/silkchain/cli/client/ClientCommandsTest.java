package org.silkchain.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.Main;
import org.silkchain.codec.Bytes;
import org.silkchain.node.SilkchainNode;
import org.silkchain.node.TestConsortium;
import org.silkchain.trade.basket.Composition;
import org.silkchain.trade.kv.KvPut;
import picocli.CommandLine;

/** The tx, query and chain commands against a real one-validator node in this process. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private SilkchainNode node;
  private String api;
  private Path traderKey;
  private Path traderPass;

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    node = SilkchainNode.start(net.configs.get(0));
    api = "http://127.0.0.1:" + node.apiPort();
    traderKey = net.dir.resolve("members/trader/signing.key");
    traderPass = net.dir.resolve("members/trader/passphrase");
    await().atMost(Duration.ofSeconds(20)).until(() -> node.chain().tip().height() >= 1);
  }

  @AfterAll
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void submitsAnActionAndWaitsForItsReceipt() throws Exception {
    String body = new KvPut("cli", Bytes.utf8("v")).encode().toHex();
    Run tx =
        run(
            "tx",
            "--api",
            api,
            "--module",
            "kv",
            "--action",
            "put",
            "--body",
            body,
            "--key",
            traderKey.toString(),
            "--passphrase-file",
            traderPass.toString(),
            "--json");
    assertThat(tx.exitCode()).as(tx.err()).isZero();
    JsonNode receipt = JSON.readTree(tx.out());
    assertThat(receipt.get("code").asText()).isEqualTo("OK");

    Run proof = run("chain", "proof", "--api", api, receipt.get("id").asText());
    assertThat(proof.exitCode()).as(proof.err()).isZero();
    assertThat(proof.out()).contains("(verified)");

    Run state =
        run(
            "chain",
            "state",
            "--api",
            api,
            "--json",
            "--key",
            traderKey.toString(),
            "--passphrase-file",
            traderPass.toString(),
            org.silkchain.trade.kv.KvModule.key(traderAccount(), "cli").toHex());
    assertThat(state.exitCode()).as(state.err()).isZero();
    assertThat(JSON.readTree(state.out()).get("value").asText()).isEqualTo(Bytes.utf8("v").toHex());

    Run events =
        run(
            "events",
            "--api",
            api,
            "--json",
            "--kinds",
            "receipt",
            "--from",
            receipt.get("height").asText(),
            "--count",
            "1",
            "--seconds",
            "20");
    assertThat(events.exitCode()).as(events.err()).isZero();
    assertThat(JSON.readTree(events.out().strip()).get("id").asText())
        .isEqualTo(receipt.get("id").asText());

    Run refused =
        run(
            "tx",
            "--api",
            api,
            "--module",
            "kv",
            "--action",
            "put",
            "--body",
            body,
            "--key",
            traderKey.toString(),
            "--passphrase-file",
            traderPass.toString(),
            "--nonce",
            "0");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err().strip()).startsWith("error: NONCE_TOO_LOW").doesNotContain("\n");
  }

  private org.silkchain.ledger.transaction.AccountId traderAccount() throws Exception {
    var file = org.silkchain.crypto.keyfile.KeyFileStore.read(traderKey);
    var key = new org.silkchain.crypto.PublicKey(file.suite(), file.publicKey());
    return org.silkchain.ledger.transaction.AccountId.fromInitialKeys(
        org.silkchain.crypto.SignatureSuite.of(file.suite()).hash(), java.util.List.of(key));
  }

  @Test
  void queriesPrintTheResponse() throws Exception {
    Run basket = run("query", "--api", api, "basket", "composition", "--json");
    assertThat(basket.exitCode()).as(basket.err()).isZero();
    Bytes response = Bytes.fromHex(JSON.readTree(basket.out()).get("response").asText());
    assertThat(Composition.CODEC.decode(response).code()).isEqualTo("XDR");

    Run unknown = run("query", "--api", api, "currency", "nothing");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("error: UNKNOWN_QUERY");

    Run badHex = run("query", "--api", api, "currency", "balance", "--request", "zz");
    assertThat(badHex.exitCode()).isEqualTo(2);
  }

  @Test
  void chainReadsAndAnUnreachableNode() throws Exception {
    Run status = run("chain", "status", "--api", api, "--json");
    assertThat(status.exitCode()).isZero();
    assertThat(JSON.readTree(status.out()).get("nodeId").asText()).isEqualTo("bank-1");
    assertThat(run("chain", "modules", "--api", api).out()).contains("\"kv\"");
    assertThat(run("chain", "validators", "--api", api, "--json").exitCode()).isZero();
    assertThat(run("chain", "block", "--api", api, "0").out()).contains("\"height\" : 0");

    Run missing = run("chain", "block", "--api", api, "99999999");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).startsWith("error: UNKNOWN_BLOCK");

    Run down = run("chain", "status", "--api", "http://127.0.0.1:1");
    assertThat(down.exitCode()).isEqualTo(3);
    assertThat(down.err()).startsWith("error: UNREACHABLE");
  }
}
