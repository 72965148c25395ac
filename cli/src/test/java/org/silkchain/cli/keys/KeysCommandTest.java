package org.silkchain.cli.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.cli.Main;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import picocli.CommandLine;

class KeysCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path pass;
  private Path newPass;

  private record Run(int exitCode, String out, String err) {}

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
  void passphrases() throws Exception {
    pass = Files.writeString(dir.resolve("pass"), "correct horse\n");
    newPass = Files.writeString(dir.resolve("new-pass"), "battery staple\n");
  }

  private Run generate(Path out, String suite) {
    return run(
        "keys",
        "generate",
        "--out",
        out.toString(),
        "--suite",
        suite,
        "--passphrase-file",
        pass.toString(),
        "--kdf-log2n",
        "10",
        "--json");
  }

  @Test
  void generatesShowsAndOpensAKeyFile() throws Exception {
    Path key = dir.resolve("member.key");
    Run generated = generate(key, "ed25519");
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    JsonNode made = JSON.readTree(generated.out());
    var pair = KeyFileCipher.openSigningKey(KeyFileStore.read(key), "correct horse".toCharArray());
    assertThat(made.get("publicKey").asText()).isEqualTo(pair.publicKey().bytes().toHex());
    assertThat(made.get("account").asText())
        .isEqualTo(
            AccountId.fromInitialKeys(
                    SignatureSuite.of(SuiteId.ED25519).hash(), List.of(pair.publicKey()))
                .toString());

    Run shown = run("keys", "show", key.toString());
    assertThat(shown.exitCode()).isZero();
    assertThat(shown.out()).contains("publicKey: " + made.get("publicKey").asText());
  }

  @Test
  void exportReEncryptsUnderANewPassphrase() throws Exception {
    Path key = dir.resolve("sm2.key");
    assertThat(generate(key, "sm2").exitCode()).isZero();
    Path copy = dir.resolve("copy.key");
    Run exported =
        run(
            "keys",
            "export",
            key.toString(),
            "--out",
            copy.toString(),
            "--passphrase-file",
            pass.toString(),
            "--new-passphrase-file",
            newPass.toString(),
            "--kdf-log2n",
            "10");
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    var original =
        KeyFileCipher.openSigningKey(KeyFileStore.read(key), "correct horse".toCharArray());
    var reopened =
        KeyFileCipher.openSigningKey(KeyFileStore.read(copy), "battery staple".toCharArray());
    assertThat(reopened.publicKey()).isEqualTo(original.publicKey());
    assertThat(Files.readString(copy)).isNotEqualTo(Files.readString(key));
  }

  @Test
  void importsAPrivateKey() throws Exception {
    var pair = SignatureSuite.of(SuiteId.ED25519).generate(new java.security.SecureRandom());
    Path secret = Files.writeString(dir.resolve("secret.hex"), pair.privateKey().secret().toHex());
    Path key = dir.resolve("imported.key");
    Run imported =
        run(
            "keys",
            "import",
            "--private-key-file",
            secret.toString(),
            "--out",
            key.toString(),
            "--passphrase-file",
            pass.toString(),
            "--kdf-log2n",
            "10",
            "--json");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(JSON.readTree(imported.out()).get("publicKey").asText())
        .isEqualTo(pair.publicKey().bytes().toHex());
  }

  @Test
  void refusesWithExitCodesAndOneLineReasons() throws Exception {
    Path key = dir.resolve("k.key");
    assertThat(generate(key, "ed25519").exitCode()).isZero();

    Run again = generate(key, "ed25519");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err().strip()).contains("never overwritten").doesNotContain("\n");

    Run wrongPass =
        run(
            "keys",
            "export",
            key.toString(),
            "--out",
            dir.resolve("x.key").toString(),
            "--passphrase-file",
            newPass.toString(),
            "--new-passphrase-file",
            pass.toString());
    assertThat(wrongPass.exitCode()).isEqualTo(1);
    assertThat(wrongPass.err()).startsWith("error: ").contains("passphrase");
    assertThat(Files.exists(dir.resolve("x.key"))).isFalse();

    Run badSuite = generate(dir.resolve("y.key"), "rsa");
    assertThat(badSuite.exitCode()).isEqualTo(2);
    assertThat(badSuite.err()).contains("unknown suite rsa");

    Path junk = Files.writeString(dir.resolve("junk.key"), "not a key file");
    Run junkShown = run("keys", "show", junk.toString());
    assertThat(junkShown.exitCode()).isEqualTo(2);
    assertThat(junkShown.err().strip().lines()).hasSize(1);
  }
}
