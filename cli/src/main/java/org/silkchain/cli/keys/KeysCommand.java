package org.silkchain.cli.keys;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.silkchain.cli.client.Failure;
import org.silkchain.cli.client.Passphrases;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.keyfile.KeyFile;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileException;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.crypto.keyfile.KeyKind;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.ledger.transaction.AccountId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code silkchain keys generate|import|export|show}: members' signing key files (encrypted with
 * scrypt and AES-GCM by the crypto module). Passphrases come from files or the environment, never
 * from the command line; no command writes over an existing file.
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Manages signing key files: generate, import, export (re-encrypted), show.",
    subcommands = {
      KeysCommand.Generate.class,
      KeysCommand.Import.class,
      KeysCommand.Export.class,
      KeysCommand.Show.class
    })
public final class KeysCommand {
  private KeysCommand() {}

  /** Options and output every keys command shares. */
  abstract static class KeyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(
        names = "--kdf-log2n",
        hidden = true,
        defaultValue = "15",
        description = "scrypt cost (tests lower it).")
    int kdfLog2n;

    @Override
    public final Integer call() {
      try {
        Map<String, Object> result = run();
        if (json) {
          spec.commandLine()
              .getOut()
              .println(
                  new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(result));
        } else {
          result.forEach((k, v) -> spec.commandLine().getOut().println(k + ": " + v));
        }
        spec.commandLine().getOut().flush();
        return 0;
      } catch (Failure f) {
        spec.commandLine().getErr().println("error: " + f.getMessage());
        return f.exitCode();
      } catch (IOException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return Failure.BAD_INPUT;
      }
    }

    abstract Map<String, Object> run() throws Failure, IOException;

    ScryptParameters kdf() {
      return new ScryptParameters(kdfLog2n, 8, 1);
    }

    static void write(Path out, KeyFile file) throws Failure, IOException {
      try {
        KeyFileStore.write(out, file);
      } catch (FileAlreadyExistsException e) {
        throw new Failure(Failure.BAD_INPUT, out + " exists: key files are never overwritten");
      }
    }

    static KeyFile read(Path file) throws Failure {
      try {
        return KeyFileStore.read(file);
      } catch (IOException e) {
        throw new Failure(Failure.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
      } catch (KeyFileException e) {
        throw new Failure(Failure.BAD_INPUT, file + ": " + e.getMessage());
      }
    }
  }

  /** What a signing key file tells without its passphrase. */
  static Map<String, Object> describe(Path file, KeyFile keyFile) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    out.put("kind", keyFile.kind().label());
    out.put("suite", keyFile.suite().name());
    out.put("publicKey", keyFile.publicKey().toHex());
    if (keyFile.kind() == KeyKind.SIGNING) {
      PublicKey key = new PublicKey(keyFile.suite(), keyFile.publicKey());
      SignatureSuite suite = SignatureSuite.of(keyFile.suite());
      out.put("account", AccountId.fromInitialKeys(suite.hash(), List.of(key)).toString());
    }
    return out;
  }

  static SuiteId suite(String name) throws Failure {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "ed25519" -> SuiteId.ED25519;
      case "sm2", "sm2_sm3" -> SuiteId.SM2_SM3;
      default -> throw new Failure(Failure.BAD_INPUT, "unknown suite " + name + " (ed25519, sm2)");
    };
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = "Generates a signing key into a new encrypted key file.")
  static final class Generate extends KeyCommand {
    @Option(names = "--out", required = true, description = "The key file to create.")
    Path out;

    @Option(names = "--suite", defaultValue = "ed25519", description = "ed25519 or sm2.")
    String suite;

    @Option(
        names = "--passphrase-file",
        description = "Its passphrase (else env SILKCHAIN_PASSPHRASE).")
    Path passphraseFile;

    @Override
    Map<String, Object> run() throws Failure, IOException {
      char[] passphrase = Passphrases.read(passphraseFile, "SILKCHAIN_PASSPHRASE");
      SecureRandom random = new SecureRandom();
      KeyPair pair = SignatureSuite.of(suite(suite)).generate(random);
      KeyFile file = KeyFileCipher.seal(pair, passphrase, kdf(), random);
      write(out, file);
      return describe(out, file);
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Encrypts an existing private key (32 bytes in hex, first line of a file).")
  static final class Import extends KeyCommand {
    @Option(names = "--private-key-file", required = true, description = "The private key, hex.")
    Path privateKeyFile;

    @Option(names = "--out", required = true, description = "The key file to create.")
    Path out;

    @Option(names = "--suite", defaultValue = "ed25519", description = "ed25519 or sm2.")
    String suite;

    @Option(
        names = "--passphrase-file",
        description = "Its passphrase (else env SILKCHAIN_PASSPHRASE).")
    Path passphraseFile;

    @Override
    Map<String, Object> run() throws Failure, IOException {
      SuiteId id = suite(suite);
      String hex = Files.readString(privateKeyFile).lines().findFirst().orElse("").trim();
      KeyPair pair;
      try {
        pair = SignatureSuite.of(id).fromPrivate(new PrivateKey(id, Bytes.fromHex(hex)));
      } catch (IllegalArgumentException e) {
        throw new Failure(Failure.BAD_INPUT, "not a " + id + " private key: " + e.getMessage());
      }
      char[] passphrase = Passphrases.read(passphraseFile, "SILKCHAIN_PASSPHRASE");
      KeyFile file = KeyFileCipher.seal(pair, passphrase, kdf(), new SecureRandom());
      write(out, file);
      return describe(out, file);
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Copies a signing key file re-encrypted under a new passphrase (the key never leaves"
              + " encrypted).")
  static final class Export extends KeyCommand {
    @Parameters(description = "The key file.")
    Path file;

    @Option(names = "--out", required = true, description = "The key file to create.")
    Path out;

    @Option(
        names = "--passphrase-file",
        description = "The current passphrase (else env SILKCHAIN_PASSPHRASE).")
    Path passphraseFile;

    @Option(names = "--new-passphrase-file", required = true, description = "The new passphrase.")
    Path newPassphraseFile;

    @Override
    Map<String, Object> run() throws Failure, IOException {
      KeyFile source = read(file);
      KeyPair pair;
      try {
        pair =
            KeyFileCipher.openSigningKey(
                source, Passphrases.read(passphraseFile, "SILKCHAIN_PASSPHRASE"));
      } catch (KeyFileException e) {
        throw new Failure(Failure.REFUSED, file + ": " + e.getMessage());
      }
      char[] passphrase = Passphrases.read(newPassphraseFile, "SILKCHAIN_NEW_PASSPHRASE");
      KeyFile copy = KeyFileCipher.seal(pair, passphrase, kdf(), new SecureRandom());
      write(out, copy);
      return describe(out, copy);
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "Shows a key file's kind, suite, public key and account (no passphrase needed).")
  static final class Show extends KeyCommand {
    @Parameters(description = "The key file.")
    Path file;

    @Override
    Map<String, Object> run() throws Failure {
      return describe(file, read(file));
    }
  }
}
