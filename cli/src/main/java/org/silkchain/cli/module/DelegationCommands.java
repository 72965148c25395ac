package org.silkchain.cli.module;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.cli.client.Failure;
import org.silkchain.cli.client.Passphrases;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.keyfile.KeyFile;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileException;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.account.Delegation;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.identity.AccountDelegations;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.Delegate;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.SessionKey;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code silkchain identity delegate|revoke-delegation|delegation|delegations}: delegated session
 * keys. {@code delegate} makes a fresh key of the member's suite, writes it encrypted with its own
 * passphrase as a key file (the format {@code keys generate} writes and the web console opens) and
 * submits the delegation signed by the member's key; the session key never leaves the file
 * unencrypted.
 */
final class DelegationCommands {
  private static final String M = IdentityModule.NAME;

  private DelegationCommands() {}

  @Command(
      name = "delegate",
      mixinStandardHelpOptions = true,
      description = {
        "Makes a fresh session key, writes it encrypted to --out, and delegates it: until it"
            + " expires it may sign the member's transactions in the --scope modules alone (never"
            + " identity) and its signed reads. Only single-signature accounts delegate.",
        "The expiry is the node's clock now plus --valid-for, checked against block time on"
            + " chain (at most 30 days ahead)."
      })
  static final class DelegateCmd extends ModuleTx {
    @Option(names = "--out", required = true, description = "The session key file to create.")
    Path out;

    @Option(
        names = "--session-passphrase-file",
        required = true,
        description = "The passphrase the session key file is encrypted with.")
    Path sessionPassphraseFile;

    @Option(
        names = "--scope",
        required = true,
        split = ",",
        description = "Modules the key may act in, comma separated (e.g. currency,payments).")
    List<String> scope;

    @Option(
        names = "--valid-for",
        defaultValue = "PT8H",
        description = "How long, ISO-8601 duration (default ${DEFAULT-VALUE}).")
    String validFor;

    @Option(
        names = "--kdf-log2n",
        hidden = true,
        defaultValue = "15",
        description = "scrypt cost of the session key file (tests lower it).")
    int kdfLog2n;

    @Override
    Payload payload() throws Failure {
      throw new IllegalStateException("needs the client");
    }

    @Override
    Payload payload(SilkchainClient client, Member sender) throws Failure {
      Duration duration;
      try {
        duration = Duration.parse(validFor);
      } catch (DateTimeParseException e) {
        throw new Failure(Failure.BAD_INPUT, "--valid-for: not an ISO-8601 duration: " + validFor);
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new Failure(Failure.BAD_INPUT, "--valid-for must be positive");
      }
      for (String module : scope) {
        if (!Delegation.MODULE.matcher(module).matches() || module.equals(Delegation.IDENTITY)) {
          throw new Failure(
              Failure.BAD_INPUT, "--scope: " + module + " is not a module a key may act in");
        }
      }
      char[] passphrase = Passphrases.read(sessionPassphraseFile, "SILKCHAIN_SESSION_PASSPHRASE");
      SecureRandom random = new SecureRandom();
      KeyPair session = sender.suite().generate(random);
      try {
        KeyFileStore.write(
            out,
            KeyFileCipher.seal(session, passphrase, new ScryptParameters(kdfLog2n, 8, 1), random));
      } catch (FileAlreadyExistsException e) {
        throw new Failure(Failure.BAD_INPUT, out + " exists: key files are never overwritten");
      } catch (IOException e) {
        throw new Failure(Failure.BAD_INPUT, "cannot write " + out + ": " + e.getMessage());
      } finally {
        Arrays.fill(passphrase, '\0');
      }
      long expires = Math.addExact(System.currentTimeMillis(), duration.toMillis());
      return payload(M, IdentityModule.DELEGATE, new Delegate(session.publicKey(), expires, scope));
    }
  }

  /** The session key named by its key file (public part only) or in hex. */
  static final class SessionKeySource {
    @Option(
        names = "--session-key-file",
        required = true,
        description = "The session key file (its public part is read; no passphrase needed).")
    Path file;

    @Option(
        names = "--session-public-key",
        required = true,
        description = "The session public key in hex.")
    String hex;

    SessionKey key() throws Failure {
      if (file != null) {
        try {
          KeyFile keyFile = KeyFileStore.read(file);
          return new SessionKey(new PublicKey(keyFile.suite(), keyFile.publicKey()));
        } catch (IOException | KeyFileException | RuntimeException e) {
          throw new Failure(Failure.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
        }
      }
      return new SessionKey(Args.publicKey("--session-public-key", hex));
    }
  }

  @Command(
      name = "revoke-delegation",
      mixinStandardHelpOptions = true,
      description = "Ends a session key the member delegated, before it expires.")
  static final class RevokeCmd extends ModuleTx {
    @ArgGroup(exclusive = true, multiplicity = "1")
    SessionKeySource source;

    @Override
    Payload payload() throws Failure {
      return payload(M, IdentityModule.REVOKE_DELEGATION, source.key());
    }
  }

  static Map<String, Object> json(Delegation d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("account", d.account().toString());
    out.put("key", d.key().suite().name() + ":" + d.key().bytes().toHex());
    out.put("expiresAtMillis", d.expiresAtMillis());
    out.put("scope", d.scope());
    return out;
  }

  @Command(
      name = "delegation",
      mixinStandardHelpOptions = true,
      description = "Who delegated a session key, until when, for which modules.")
  static final class DelegationCmd extends ModuleQuery {
    @ArgGroup(exclusive = true, multiplicity = "1")
    SessionKeySource source;

    @Override
    void answer(SilkchainClient client) throws Failure {
      show(json(query(client, M, IdentityModule.DELEGATION, source.key())));
    }
  }

  @Command(
      name = "delegations",
      mixinStandardHelpOptions = true,
      description = "The session keys an account delegated (expired ones until pruned).")
  static final class DelegationsCmd extends ModuleQuery {
    @Option(names = "--account", required = true, description = "The account id (hex).")
    String account;

    @Override
    void answer(SilkchainClient client) throws Failure {
      AccountDelegations all =
          query(
              client,
              M,
              IdentityModule.DELEGATIONS,
              new AccountTarget(Args.account("--account", account)));
      List<Map<String, Object>> list = new ArrayList<>();
      all.delegations().forEach(d -> list.add(json(d)));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("account", account);
      out.put("delegations", list);
      show(out);
    }
  }
}
