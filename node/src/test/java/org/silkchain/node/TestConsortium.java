package org.silkchain.node;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.node.config.ConfigLoader;
import org.silkchain.node.config.ConfigOverrides;
import org.silkchain.node.config.ConsensusSettings;
import org.silkchain.node.config.HostPort;
import org.silkchain.node.config.NodeConfig;
import org.silkchain.node.config.PeerOverride;
import org.silkchain.node.genesis.ConsortiumGenerator;
import org.silkchain.node.genesis.ConsortiumSpec;
import org.silkchain.node.genesis.Genesis;
import org.silkchain.node.genesis.MembersFile;

/** A consortium generated into a temporary directory, with fast key files and free ports. */
public final class TestConsortium {
  public static final ScryptParameters FAST_KDF = new ScryptParameters(10, 8, 1);

  /** Fast timeouts for loopback networks on a loaded machine. */
  public static final ConsensusSettings FAST =
      new ConsensusSettings(1500, 500, 600, 300, 600, 300, 500, 100, 4 * 1024 * 1024);

  public final Path dir;
  public final Genesis genesis;
  public final List<NodeConfig> configs;

  private TestConsortium(Path dir, Genesis genesis, List<NodeConfig> configs) {
    this.dir = dir;
    this.genesis = genesis;
    this.configs = configs;
  }

  /**
   * {@code validators} validator members (commercial banks) plus a central bank and a trader that
   * run no node.
   */
  public static String membersYaml(int validators) {
    StringBuilder s = new StringBuilder("chainId: silk-test\nsuite: ed25519\nmembers:\n");
    for (int i = 1; i <= validators; i++) {
      s.append("  - { name: Bank ")
          .append(i)
          .append(", id: bank-")
          .append(i)
          .append(", roles: [commercial-bank], jurisdiction: SG, validator: true }\n");
    }
    s.append(
        "  - { name: Central Bank, id: central, roles: [central-bank], jurisdiction: SG,"
            + " validator: false }\n");
    s.append(
        "  - { name: Trader, id: trader, roles: [trader], jurisdiction: CN, validator: false }\n");
    return s.toString();
  }

  public static TestConsortium create(Path dir, int validators) throws Exception {
    Files.createDirectories(dir);
    Path members = dir.resolve("members.yaml");
    Files.writeString(members, membersYaml(validators));
    ConsortiumSpec spec = MembersFile.read(members);
    Path out = dir.resolve("net");
    Genesis genesis =
        ConsortiumGenerator.generate(
            spec,
            out,
            new ConsortiumGenerator.Options(40000, "127.0.0.1", FAST_KDF, new SecureRandom()));
    List<HostPort> p2p = new ArrayList<>();
    for (int i = 0; i < validators; i++) {
      p2p.add(new HostPort("127.0.0.1", freePort()));
    }
    List<PeerOverride> peers = new ArrayList<>();
    for (int i = 0; i < validators; i++) {
      peers.add(
          new PeerOverride(genesis.validators().get(i).memberId(), "127.0.0.1", p2p.get(i).port()));
    }
    List<NodeConfig> configs = new ArrayList<>();
    for (int n = 1; n <= validators; n++) {
      NodeConfig c =
          ConfigLoader.load(
              out.resolve("nodes").resolve("" + n).resolve("node.yaml"),
              ConfigOverrides.NONE,
              java.util.Map.of());
      configs.add(
          new NodeConfig(
              c.member(),
              c.genesisFile(),
              c.dataDir(),
              p2p.get(n - 1),
              new HostPort("127.0.0.1", 0),
              c.keysDir(),
              c.passphrase(),
              FAST,
              c.mempool(),
              peers,
              c.logLevel()));
    }
    return new TestConsortium(out, genesis, configs);
  }

  /** The signing key of a member's account, opened from its key file. */
  public KeyPair signingKey(String member) throws Exception {
    Path keys = dir.resolve("members").resolve(member);
    char[] pass = Files.readString(keys.resolve("passphrase")).toCharArray();
    return KeyFileCipher.openSigningKey(KeyFileStore.read(keys.resolve("signing.key")), pass);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
