package org.silkchain.cli.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.module.ModuleCommandsTest.Run;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.SilkchainNode;
import org.silkchain.node.TestConsortium;
import org.silkchain.sdk.ApiError;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.sdk.TxReceipt;

/**
 * {@code identity delegate|delegation|delegations|revoke-delegation} against a real one-validator
 * node in this process; the session key file it writes signs a transaction for the member.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegationCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private SilkchainNode node;
  private String api;
  private Path members;
  private Path dir;

  @BeforeAll
  void start(@TempDir Path tmp) throws Exception {
    dir = tmp;
    TestConsortium net = TestConsortium.create(tmp.resolve("net"), 1);
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
    return ModuleCommandsTest.run(all.toArray(String[]::new));
  }

  private Run read(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--api", api));
    return ModuleCommandsTest.run(all.toArray(String[]::new));
  }

  private static JsonNode ok(Run r) throws Exception {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private AccountId account(String member) throws Exception {
    var file = KeyFileStore.read(members.resolve(member).resolve("signing.key"));
    var key = new PublicKey(file.suite(), file.publicKey());
    return AccountId.fromInitialKeys(SignatureSuite.of(file.suite()).hash(), List.of(key));
  }

  private Run delegate(Path out, String scope) throws Exception {
    Path passphrase = dir.resolve("session-passphrase");
    Files.writeString(passphrase, "correct horse battery staple\n");
    return as(
        "bank-1",
        "identity",
        "delegate",
        "--out",
        out.toString(),
        "--session-passphrase-file",
        passphrase.toString(),
        "--scope",
        scope,
        "--valid-for",
        "PT1H",
        "--kdf-log2n",
        "10",
        "--json");
  }

  @Test
  void delegatesAnEncryptedSessionKeyThatSignsForTheMemberThenRevokesIt() throws Exception {
    Path file = dir.resolve("session.key");
    JsonNode receipt = ok(delegate(file, "currency,payments"));
    assertThat(receipt.get("code").asText()).isEqualTo("OK");
    assertThat(Files.readString(file)).doesNotContain("correct horse");
    KeyPair session =
        KeyFileCipher.openSigningKey(
            KeyFileStore.read(file), "correct horse battery staple".toCharArray());
    String bank = account("bank-1").toString();

    JsonNode d =
        ok(read("identity", "delegation", "--session-key-file", file.toString(), "--json"));
    assertThat(d.get("account").asText()).isEqualTo(bank);
    assertThat(d.get("scope").toString()).isEqualTo("[\"currency\",\"payments\"]");
    assertThat(d.get("expiresAtMillis").asLong()).isGreaterThan(System.currentTimeMillis());
    JsonNode all = ok(read("identity", "delegations", "--account", bank, "--json"));
    assertThat(all.get("delegations")).hasSize(1);

    SilkchainClient client = SilkchainClient.connect(URI.create(api));
    // In scope: the node admits it and executes it (the currency does not exist: a receipt).
    TxReceipt inScope =
        client.submitAndWait(
            bySession(client, session, new Payload("currency", "transfer", Bytes.EMPTY)),
            Duration.ofSeconds(30));
    assertThat(inScope.code()).isEqualTo("MALFORMED_BODY");
    // Out of scope: refused at admission with its own code.
    assertThatThrownBy(
            () ->
                client.submit(bySession(client, session, new Payload("lc", "apply", Bytes.EMPTY))))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("DELEGATION_OUT_OF_SCOPE"));

    JsonNode revoked =
        ok(
            as(
                "bank-1",
                "identity",
                "revoke-delegation",
                "--session-key-file",
                file.toString(),
                "--json"));
    assertThat(revoked.get("code").asText()).isEqualTo("OK");
    assertThatThrownBy(
            () ->
                client.submit(
                    bySession(client, session, new Payload("currency", "transfer", Bytes.EMPTY))))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("BAD_SIGNATURE"));
    Run gone = read("identity", "delegation", "--session-key-file", file.toString());
    assertThat(gone.exitCode()).isEqualTo(1);
    assertThat(gone.err()).contains("NOT_FOUND");
  }

  @Test
  void refusesIdentityInScopeAndNeverOverwritesAKeyFile() throws Exception {
    Run identity = delegate(dir.resolve("never.key"), "currency,identity");
    assertThat(identity.exitCode()).isEqualTo(2);
    assertThat(identity.err()).contains("identity");
    assertThat(dir.resolve("never.key")).doesNotExist();

    Path existing = dir.resolve("existing.key");
    Files.writeString(existing, "{}");
    Run overwrite = delegate(existing, "currency");
    assertThat(overwrite.exitCode()).isEqualTo(2);
    assertThat(overwrite.err()).contains("never overwritten");

    Run help = ModuleCommandsTest.run("identity", "delegate", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--scope", "--valid-for", "--session-passphrase-file");
  }

  private SignedTransaction bySession(SilkchainClient client, KeyPair session, Payload payload)
      throws Exception {
    AccountId bank = account("bank-1");
    long nonce = client.account(bank).path("nonce").asLong();
    return SignedTransaction.sign(
        new TransactionBody(
            client.chainId(), bank, nonce, new ValidityWindow(0, Long.MAX_VALUE / 2), payload),
        List.of(session),
        SignatureSuite.of(session.publicKey().suite()));
  }
}
