package org.silkchain.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.silkchain.cli.Main;
import org.silkchain.cli.net.dsl.LocalNetwork;
import picocli.CommandLine;

/**
 * Makes the session keys the browser tests sign in with ({@code console/e2e/session.e2e.mjs}), with
 * the CLI's {@code identity delegate}: dbs delegates a fresh key for currency, payments, lc, ebl
 * and governance for four hours. The folder gets {@code signing.key} (encrypted), {@code
 * passphrase} and {@code account} (dbs's account id in hex), as the e2e's {@code SESSION_DIR}
 * expects; and {@code revoked/} the same for a second key dbs delegated and then revoked.
 */
public final class SessionKeySetup {
  private static final String SCOPE = "currency,payments,lc,ebl,governance";

  private SessionKeySetup() {}

  /** Writes the session key folder {@code dir} (created if missing) for member dbs; returns it. */
  public static Path delegateForDbs(LocalNetwork net, Path dir) {
    try {
      Path dbs = net.home().memberDir("dbs");
      String api = net.node(1).home().apiListen().http("").toString();
      Files.createDirectories(dir.resolve("revoked"));
      Files.createDirectories(dir.resolve("expired"));
      // The short one first: it has expired sooner when the browser tests get to it.
      delegate(api, dbs, dir.resolve("expired"), "PT30S");
      delegate(api, dbs, dir, "PT4H");
      delegate(api, dbs, dir.resolve("revoked"), "PT4H");
      run(
          "identity",
          "revoke-delegation",
          "--session-key-file",
          dir.resolve("revoked").resolve("signing.key").toString(),
          "--api",
          api,
          "--key",
          dbs.resolve("signing.key").toString(),
          "--passphrase-file",
          dbs.resolve("passphrase").toString());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delegate(String api, Path member, Path dir, String validFor)
      throws IOException {
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    Files.writeString(
        dir.resolve("passphrase"), HexFormat.of().formatHex(secret), StandardCharsets.UTF_8);
    String receipt =
        run(
            "identity",
            "delegate",
            "--out",
            dir.resolve("signing.key").toString(),
            "--session-passphrase-file",
            dir.resolve("passphrase").toString(),
            "--scope",
            SCOPE,
            "--valid-for",
            validFor,
            "--json",
            "--api",
            api,
            "--key",
            member.resolve("signing.key").toString(),
            "--passphrase-file",
            member.resolve("passphrase").toString(),
            "--timeout-seconds",
            "60");
    String expires = receipt.replaceAll("(?s).*\"expires-at\":\"(\\d+)\".*", "$1");
    assertThat(expires).as("the delegation's expiry in %s", receipt).matches("\\d+");
    Files.writeString(dir.resolve("expiresAtMillis"), expires, StandardCharsets.UTF_8);
    String account = run("keys", "show", member.resolve("signing.key").toString(), "--json");
    String hex = account.replaceAll("(?s).*\"account\":\"([0-9a-f]{64})\".*", "$1");
    assertThat(hex).as("dbs's account in %s", account).matches("[0-9a-f]{64}");
    Files.writeString(dir.resolve("account"), hex, StandardCharsets.UTF_8);
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    assertThat(code).as("silkchain %s: %s%s", String.join(" ", args), out, err).isZero();
    return out.toString();
  }
}
