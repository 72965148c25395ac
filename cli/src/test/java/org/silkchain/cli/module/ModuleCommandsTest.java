package org.silkchain.cli.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.Main;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.node.SilkchainNode;
import org.silkchain.node.TestConsortium;
import picocli.CommandLine;

/** The typed module commands against a real one-validator node in this process. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private SilkchainNode node;
  private String api;
  private Path members;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs a command as {@code member} against the node. */
  private Run as(String member, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--api",
            api,
            "--key",
            members.resolve(member).resolve("signing.key").toString(),
            "--passphrase-file",
            members.resolve(member).resolve("passphrase").toString()));
    return run(all.toArray(String[]::new));
  }

  private Run read(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--api", api));
    return run(all.toArray(String[]::new));
  }

  private String account(String member) throws Exception {
    var file = KeyFileStore.read(members.resolve(member).resolve("signing.key"));
    var key = new PublicKey(file.suite(), file.publicKey());
    return AccountId.fromInitialKeys(SignatureSuite.of(file.suite()).hash(), List.of(key))
        .toString();
  }

  private static JsonNode ok(Run r) throws Exception {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    node = SilkchainNode.start(net.configs.get(0));
    api = "http://127.0.0.1:" + node.apiPort();
    members = net.dir.resolve("members");
    await().atMost(Duration.ofSeconds(20)).until(() -> node.chain().tip().height() >= 1);
  }

  @AfterAll
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void issuesMintsTransfersAndReadsABalance() throws Exception {
    String bank = account("bank-1");
    String trader = account("trader");
    JsonNode issued =
        ok(as("central", "currency", "issue", "--code", "SGD", "--minor-units", "2", "--json"));
    assertThat(issued.get("code").asText()).isEqualTo("OK");
    assertThat(issued.get("id").asText()).hasSize(64);
    assertThat(issued.get("height").asLong()).isPositive();
    assertThat(issued.get("events").isArray()).isTrue();

    ok(
        as(
            "central",
            "currency",
            "mint",
            "--code",
            "SGD",
            "--account",
            bank,
            "--amount",
            "1000",
            "--json"));
    JsonNode moved =
        ok(
            as(
                "bank-1",
                "currency",
                "transfer",
                "--code",
                "SGD",
                "--to",
                trader,
                "--amount",
                "250",
                "--json"));
    assertThat(moved.get("code").asText()).isEqualTo("OK");

    JsonNode balance =
        ok(read("currency", "balance", "--code", "SGD", "--account", trader, "--json"));
    assertThat(balance.get("balance").asLong()).isEqualTo(250);
    assertThat(balance.get("account").asText()).isEqualTo(trader);
    JsonNode info = ok(read("currency", "info", "--code", "SGD", "--json"));
    assertThat(info.get("supply").asLong()).isEqualTo(1000);
    assertThat(info.get("issuer").asText()).isEqualTo(account("central"));

    Run text = read("currency", "balance", "--code", "SGD", "--account", bank);
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("balance: 750");
  }

  @Test
  void aRefusedActionExitsOneWithAOneLineReason() {
    Run refused =
        as(
            "bank-1",
            "currency",
            "transfer",
            "--code",
            "XYZ",
            "--to",
            "00".repeat(32),
            "--amount",
            "5");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err().strip()).startsWith("error: ").doesNotContain("\n");
    assertThat(refused.err()).contains("currency.");
  }

  @Test
  void badInputExitsTwo() {
    Run badAccount =
        as("central", "currency", "mint", "--code", "SGD", "--account", "zz", "--amount", "1");
    assertThat(badAccount.exitCode()).isEqualTo(2);
    assertThat(badAccount.err().strip())
        .isEqualTo("error: --account must be an account id (64 hex digits), got 'zz'");

    Run zero =
        as(
            "central",
            "currency",
            "mint",
            "--code",
            "SGD",
            "--account",
            "00".repeat(32),
            "--amount",
            "0");
    assertThat(zero.exitCode()).isEqualTo(2);

    Run missing = read("currency", "balance", "--code", "SGD");
    assertThat(missing.exitCode()).isEqualTo(2);

    Run badEntry = as("bank-1", "governance", "table", "add-validator", "--entry", "0011");
    assertThat(badEntry.exitCode()).isEqualTo(2);
    assertThat(badEntry.err()).startsWith("error: --entry is not a registry entry");
  }

  @Test
  void tablesAProposalAndVotesOnIt() throws Exception {
    JsonNode tabled =
        ok(
            as(
                "bank-1",
                "governance",
                "table",
                "set-parameter",
                "--name",
                "examination.banking-days",
                "--value",
                "4",
                "--json"));
    String id = null;
    for (JsonNode e : tabled.get("events")) {
      if (e.get("type").asText().equals("proposal-tabled")) {
        id = e.get("attributes").get("proposal").asText();
      }
    }
    assertThat(id).isNotNull();

    JsonNode voted = ok(as("bank-1", "governance", "vote", "--id", id, "--for", "--json"));
    assertThat(voted.get("code").asText()).isEqualTo("OK");

    JsonNode votes = ok(read("governance", "votes", "--id", id, "--json"));
    assertThat(votes.get("ballots")).hasSize(1);
    assertThat(votes.get("ballots").get(0).get("vote").asText()).isEqualTo("FOR");
    assertThat(votes.get("ballots").get(0).get("voter").asText()).isEqualTo(account("bank-1"));

    JsonNode proposal = ok(read("governance", "proposal", "--id", id, "--json"));
    assertThat(proposal.get("measure").asText()).isEqualTo("set-parameter");
    assertThat(proposal.get("status").asText()).isEqualTo("OPEN");

    Run both = as("bank-1", "governance", "vote", "--id", id, "--for", "--against");
    assertThat(both.exitCode()).isEqualTo(2);

    JsonNode concentration = ok(read("governance", "concentration", "--json"));
    assertThat(concentration.get("electorate").asLong()).isPositive();
  }

  @Test
  void identityBasketAndPaymentsReads() throws Exception {
    String bank = account("bank-1");
    JsonNode member = ok(read("identity", "member", "--account", bank, "--json"));
    assertThat(member.get("id").asText()).isEqualTo("bank-1");
    assertThat(member.get("roles").get(0).asText()).isEqualTo("commercial-bank");
    JsonNode acct = ok(read("identity", "account", "--account", bank, "--json"));
    assertThat(acct.get("frozen").asBoolean()).isFalse();

    Path encryption = members.resolve("trader").resolve("encryption.key");
    ok(
        as(
            "trader",
            "identity",
            "set-encryption-key",
            "--encryption-key-file",
            encryption.toString(),
            "--json"));
    JsonNode published =
        ok(read("identity", "encryption-key", "--account", account("trader"), "--json"));
    assertThat(published.get("publicKey").asText())
        .isEqualTo(KeyFileStore.read(encryption).publicKey().toHex());

    JsonNode composition = ok(read("basket", "composition", "--json"));
    assertThat(composition.get("code").asText()).isEqualTo("XDR");
    assertThat(composition.get("legs").size()).isPositive();

    Run unknown = read("payments", "offer", "--id", "11".repeat(32));
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err().strip()).startsWith("error: ").doesNotContain("\n");

    Run badRate =
        as(
            "bank-1",
            "payments",
            "fx-propose",
            "--creditor-agent",
            bank,
            "--from",
            "SGD",
            "--to",
            "EUR",
            "--rate",
            "abc",
            "--credit-line",
            "100",
            "--expires-at",
            "1");
    assertThat(badRate.exitCode()).isEqualTo(2);
    assertThat(badRate.err().strip())
        .isEqualTo("error: --rate must be a positive decimal, got 'abc'");
  }

  @Test
  void tradeDocumentReadsAndUnsealedActions() throws Exception {
    String trader = account("trader");
    String unknown = "22".repeat(32);
    JsonNode inbox = ok(as("trader", "messages", "inbox", "--account", trader, "--json"));
    assertThat(inbox.get("total").asLong()).isZero();
    assertThat(inbox.get("ids")).isEmpty();
    JsonNode held = ok(read("ebl", "held", "--account", trader, "--json"));
    assertThat(held.get("ids")).isEmpty();
    JsonNode issued = ok(read("documents", "by-issuer", "--account", trader, "--json"));
    assertThat(issued.get("total").asLong()).isZero();

    for (String[] query :
        List.of(
            new String[] {"ebl", "bill", "--bill", unknown},
            new String[] {"lc", "credit", "--credit", unknown},
            new String[] {"messages", "status", "--id", unknown},
            new String[] {"documents", "document", "--id", unknown})) {
      Run r = read(query);
      assertThat(r.exitCode()).as(String.join(" ", query) + ": " + r.err()).isEqualTo(1);
      assertThat(r.err().strip()).startsWith("error: ").doesNotContain("\n");
    }

    Run surrender = as("trader", "ebl", "surrender", "--bill", unknown);
    assertThat(surrender.exitCode()).isEqualTo(1);
    assertThat(surrender.err().strip()).startsWith("error: ebl.").doesNotContain("\n");
    Run waive = as("trader", "lc", "waive", "--credit", unknown);
    assertThat(waive.exitCode()).isEqualTo(1);
    assertThat(waive.err().strip()).startsWith("error: lc.");

    Run badLimit = read("ebl", "held", "--account", trader, "--limit", "0");
    assertThat(badLimit.exitCode()).isEqualTo(2);
  }

  @Test
  void sendsASealedMessageAndTheRecipientAcknowledgesIt() throws Exception {
    for (String member : List.of("bank-1", "central")) {
      ok(
          as(
              member,
              "identity",
              "set-encryption-key",
              "--encryption-key-file",
              members.resolve(member).resolve("encryption.key").toString(),
              "--json"));
    }
    String central = account("central");
    JsonNode sent =
        ok(
            as(
                "bank-1",
                "messages",
                "send",
                "--to",
                central,
                "--reference",
                "LC-2026/7",
                "--text",
                "documents received, under examination",
                "--json"));
    String id = null;
    for (JsonNode e : sent.get("events")) {
      for (JsonNode v : e.get("attributes")) {
        if (v.asText().matches("[0-9a-f]{64}")
            && !v.asText().equals(central)
            && !v.asText().equals(account("bank-1"))) {
          id = v.asText();
        }
      }
    }
    assertThat(id).as(sent.toString()).isNotNull();
    assertThat(ok(read("messages", "status", "--id", id, "--json")).get("status").asText())
        .isEqualTo("SENT");
    JsonNode inbox = ok(as("central", "messages", "inbox", "--account", central, "--json"));
    assertThat(inbox.get("ids").get(0).asText()).isEqualTo(id);

    Run acknowledged = as("central", "messages", "acknowledge", "--id", id);
    assertThat(acknowledged.exitCode()).as(acknowledged.err()).isZero();
    assertThat(acknowledged.out()).contains("committed at").contains(": OK");
    JsonNode message = ok(read("messages", "message", "--id", id, "--json"));
    assertThat(message.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(message.get("referenceText").asText()).isEqualTo("LC-2026/7");
    assertThat(message.toString()).doesNotContain("under examination");
  }

  @Test
  void withdrawsATabledProposalAndFreezesAHolding() throws Exception {
    JsonNode tabled =
        ok(
            as(
                "bank-1",
                "governance",
                "table",
                "adopt-text",
                "--reference",
                "DEC-1",
                "--title",
                "Business hours",
                "--content-file",
                writeText("Blocks every day."),
                "--json"));
    String id = tabled.get("events").get(0).get("attributes").get("proposal").asText();
    Run notAuthor = as("central", "governance", "withdraw", "--id", id);
    assertThat(notAuthor.exitCode()).isEqualTo(1);
    assertThat(notAuthor.err()).startsWith("error: governance.");
    ok(as("bank-1", "governance", "withdraw", "--id", id, "--json"));
    Run text = read("governance", "proposal", "--id", id);
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("status: WITHDRAWN").contains("measure: adopt-decision");

    String trader = account("trader");
    ok(as("central", "currency", "issue", "--code", "CNY", "--minor-units", "2", "--json"));
    ok(as("central", "currency", "freeze", "--code", "CNY", "--account", trader, "--json"));
    Run twice = as("central", "currency", "freeze", "--code", "CNY", "--account", trader);
    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.err().strip()).startsWith("error: currency.ALREADY_FROZEN");
    ok(as("central", "currency", "unfreeze", "--code", "CNY", "--account", trader, "--json"));
  }

  private String writeText(String text) throws Exception {
    Path file = java.nio.file.Files.createTempFile(members, "text", ".txt");
    java.nio.file.Files.writeString(file, text);
    return file.toString();
  }
}
