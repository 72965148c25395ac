package org.silkchain.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.cli.net.local.NetException;
import org.silkchain.cli.net.local.NetworkHome;
import org.silkchain.cli.net.local.NodeHome;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileException;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.node.genesis.Genesis;
import org.silkchain.node.genesis.GenesisException;
import org.silkchain.node.genesis.GenesisJson;
import org.silkchain.node.genesis.GenesisMember;
import org.silkchain.node.genesis.Role;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.IdentityModule;

/**
 * A running local network as the benchmark sees it: its genesis, its nodes' APIs, its members'
 * signing keys (read from the key files with each member's local passphrase) and a way to run setup
 * transactions in batches, each batch waiting until all of its transactions are committed.
 */
final class BenchNetwork {
  /** One setup transaction and the result codes it may end with. */
  record Step(Sender sender, Payload payload, List<String> acceptable) {
    Step(Sender sender, Payload payload) {
      this(sender, payload, List.of("OK"));
    }
  }

  private static final Duration SETUP_PATIENCE = Duration.ofSeconds(60);

  private final NetworkHome home;
  private final Genesis genesis;
  private final List<NodeHome> nodes;
  private final List<URI> apis;
  private final NodeApi api = new NodeApi();
  private final SecureRandom random = new SecureRandom();

  private BenchNetwork(NetworkHome home, Genesis genesis, List<NodeHome> nodes) {
    this.home = home;
    this.genesis = genesis;
    this.nodes = nodes;
    List<URI> uris = new ArrayList<>();
    for (NodeHome n : nodes) {
      uris.add(URI.create("http://" + n.apiListen()));
    }
    this.apis = List.copyOf(uris);
  }

  static BenchNetwork open(Path dir) throws BenchException {
    NetworkHome home = new NetworkHome(dir);
    if (!home.hasConsortium()) {
      throw new BenchException(
          home.dir() + " has no consortium (no genesis.json): start one with silkchain net up");
    }
    try {
      return new BenchNetwork(home, GenesisJson.read(home.genesis()), home.nodes());
    } catch (NetException e) {
      throw new BenchException(e.getMessage(), e);
    } catch (GenesisException e) {
      throw new BenchException(e.getMessage(), e);
    }
  }

  Genesis genesis() {
    return genesis;
  }

  List<NodeHome> nodes() {
    return nodes;
  }

  List<URI> apis() {
    return apis;
  }

  NodeApi api() {
    return api;
  }

  /** The ids of the members with {@code role}, in genesis order. */
  List<String> membersWith(Role role) {
    return genesis.members().stream()
        .filter(m -> m.roles().contains(role))
        .map(GenesisMember::id)
        .toList();
  }

  /** The member's genesis account, with its current nonce read from the chain. */
  Sender member(String id) throws BenchException {
    Path dir = home.memberDir(id);
    KeyPair key;
    try {
      char[] pass =
          Files.readString(dir.resolve("passphrase")).replaceFirst("\\r?\\n$", "").toCharArray();
      key = KeyFileCipher.openSigningKey(KeyFileStore.read(dir.resolve("signing.key")), pass);
    } catch (IOException | KeyFileException e) {
      throw new BenchException(id + ": cannot open signing key: " + e.getMessage(), e);
    }
    AccountId account = AccountId.fromInitialKeys(genesis.hashFunction(), List.of(key.publicKey()));
    Optional<String> answer =
        api.query(
            apis.get(0),
            IdentityModule.NAME,
            IdentityModule.ACCOUNT.name(),
            AccountTarget.CODEC.encode(new AccountTarget(account)).toHex());
    if (answer.isEmpty()) {
      throw new BenchException(
          "cannot read the account of " + id + " from " + apis.get(0) + ": is the network up?");
    }
    long nonce = AccountRecord.CODEC.decode(Bytes.fromHex(answer.get())).nonce();
    return new Sender(id, key, account, nonce);
  }

  /** A fresh key pair of the network's suite (for customer accounts the workload opens). */
  KeyPair newKey() {
    return genesis.signatureSuite().generate(random);
  }

  /**
   * Submits every step (rotating over the nodes, each sender's in nonce order) and waits until all
   * are committed; returns the transaction ids in step order.
   *
   * @throws BenchException if one is refused or ends with a code it may not end with
   */
  List<String> run(String what, List<Step> steps) throws BenchException {
    List<String> ids = new ArrayList<>();
    Map<String, Step> byId = new TreeMap<>();
    int i = 0;
    for (Step s : steps) {
      Sender.Signed tx = s.sender().sign(genesis, s.payload());
      NodeApi.Answer a = api.submit(apis.get(i++ % apis.size()), tx.hex());
      if (!a.accepted()) {
        throw new BenchException(
            "setup (" + what + "): " + s.sender().label() + "'s transaction refused: " + a.code());
      }
      ids.add(tx.id());
      byId.put(tx.id(), s);
    }
    long deadline = System.nanoTime() + SETUP_PATIENCE.toNanos();
    for (String id : ids) {
      while (true) {
        Optional<String> code = api.resultCode(apis.get(0), id);
        if (code.isPresent()) {
          if (!byId.get(id).acceptable().contains(code.get())) {
            throw new BenchException(
                "setup ("
                    + what
                    + "): "
                    + byId.get(id).sender().label()
                    + "'s transaction ended with "
                    + code.get());
          }
          break;
        }
        if (System.nanoTime() - deadline > 0) {
          throw new BenchException(
              "setup (" + what + "): not committed within " + SETUP_PATIENCE.toSeconds() + " s");
        }
        sleep(50);
      }
    }
    return ids;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
