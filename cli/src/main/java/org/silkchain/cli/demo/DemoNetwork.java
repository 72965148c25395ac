package org.silkchain.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.cli.net.NetCommand;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.node.genesis.ConsortiumGenerator;
import org.silkchain.node.genesis.Genesis;
import org.silkchain.node.genesis.GenesisException;
import org.silkchain.node.genesis.GenesisJson;
import org.silkchain.node.genesis.GenesisMember;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.IdentityModule;
import picocli.CommandLine;

/**
 * The demo's local network, started and stopped through {@code silkchain net up} and {@code net
 * down} (their own command classes, run in this JVM) (the nodes are separate processes), and the
 * members' keys read from the generated key files with each member's local passphrase.
 */
public final class DemoNetwork {
  private final NetworkHome home;
  private final int basePort;

  public DemoNetwork(Path dir, int basePort) {
    this.home = new NetworkHome(dir);
    this.basePort = basePort;
  }

  public NetworkHome home() {
    return home;
  }

  /** Generates the demo consortium (unless the directory has one) and starts its nodes. */
  public void up(PrintWriter out) throws StepFailed {
    try {
      Files.createDirectories(home.dir());
      Path members = home.dir().resolve("demo-members.yaml");
      if (!home.hasConsortium()) {
        Files.writeString(members, DemoConsortium.membersYaml());
      }
      run(
          out,
          "net up",
          "up",
          "--dir",
          home.dir().toString(),
          "--members",
          members.toString(),
          "--base-port",
          Integer.toString(basePort));
    } catch (IOException e) {
      throw new StepFailed("cannot prepare " + home.dir() + ": " + e.getMessage(), e);
    }
  }

  /** Stops every node (SIGTERM, then SIGKILL after the grace period). */
  public void down(PrintWriter out) throws StepFailed {
    run(out, "net down", "down", "--dir", home.dir().toString());
  }

  private static void run(PrintWriter out, String what, String... args) throws StepFailed {
    StringWriter err = new StringWriter();
    // The net command itself, not through the root command: works whether or not the root has
    // registered it yet, and runs exactly the code of silkchain net up/down.
    var cli = new CommandLine(new NetCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    out.flush();
    if (code != 0) {
      throw new StepFailed(what + " failed (exit " + code + "): " + err.toString().strip());
    }
  }

  public List<NodeHome> nodes() throws StepFailed {
    try {
      return home.nodes();
    } catch (NetException e) {
      throw new StepFailed(e.getMessage(), e);
    }
  }

  public Genesis genesis() throws StepFailed {
    try {
      return GenesisJson.read(home.genesis());
    } catch (GenesisException e) {
      throw new StepFailed(home.genesis() + ": " + e.getMessage(), e);
    }
  }

  /** A client that submits to every node in turn. */
  public ChainClient client(Genesis genesis, Duration patience) throws StepFailed {
    List<URI> apis = new ArrayList<>();
    for (NodeHome n : nodes()) {
      apis.add(URI.create("http://" + n.apiListen()));
    }
    return new ChainClient(
        apis, genesis.chainId(), genesis.signatureSuite(), genesis.hashFunction(), patience);
  }

  /**
   * Every member as a signing party, keyed by member id, with its account's current nonce (read
   * through the identity module, so a re-run on the same directory signs with the right nonces).
   */
  public Map<String, Party> members(Genesis genesis, ChainClient chain) throws StepFailed {
    Map<String, Party> parties = new TreeMap<>();
    for (GenesisMember m : genesis.members()) {
      Path dir = home.memberDir(m.id());
      KeyPair key;
      EncryptionKeyPair encryption;
      try {
        char[] pass =
            Files.readString(dir.resolve("passphrase")).replaceFirst("\\r?\\n$", "").toCharArray();
        key = KeyFileCipher.openSigningKey(KeyFileStore.read(dir.resolve("signing.key")), pass);
        encryption =
            KeyFileCipher.openEncryptionKey(
                KeyFileStore.read(dir.resolve(ConsortiumGenerator.ENCRYPTION_KEY_FILE)), pass);
      } catch (IOException | org.silkchain.crypto.keyfile.KeyFileException e) {
        throw new StepFailed(m.id() + ": cannot open its keys: " + e.getMessage(), e);
      }
      AccountId account =
          AccountId.fromInitialKeys(genesis.hashFunction(), List.of(key.publicKey()));
      AccountRecord record =
          chain.query(
              IdentityModule.NAME,
              IdentityModule.ACCOUNT.name(),
              AccountTarget.CODEC,
              new AccountTarget(account),
              AccountRecord.CODEC);
      parties.put(
          m.id(), new Party(m.name(), key, Optional.of(encryption), account, record.nonce()));
    }
    return parties;
  }
}
