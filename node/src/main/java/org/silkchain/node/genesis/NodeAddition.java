package org.silkchain.node.genesis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.stream.Stream;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.network.TlsIdentity;
import org.silkchain.node.config.PassphraseSource;
import org.silkchain.runtime.validators.ValidatorRegistry;

/**
 * Prepares a node for a member that runs none yet, in an existing consortium directory: a fresh
 * consensus key and TLS identity sealed under the member's passphrase ({@code members/<id>/}) and
 * {@code nodes/<n>/node.yaml} with the next number. The node can start at once: it syncs as an
 * observer, and becomes a validator when governance registers {@link Added#entry} (its peers pin
 * its certificate from then on).
 */
public final class NodeAddition {
  /** What the consortium must vote on to admit the node, and where it lives. */
  public record Added(
      int number,
      Path nodeDir,
      String member,
      PublicKey nodeKey,
      Bytes tlsFingerprint,
      AccountId operator,
      String address,
      long power) {
    /** The registry entry a governance proposal should carry. */
    public ValidatorRegistry.Entry entry() {
      return new ValidatorRegistry.Entry(nodeKey, power, operator, address, tlsFingerprint);
    }
  }

  private NodeAddition() {}

  /**
   * Adds a node for {@code member} to the consortium in {@code dir}. Ports follow the genesis
   * layout: node n gets {@code p2p = base + 2(n-1)}, API one above, where base is node 1's port.
   *
   * @throws GenesisException if the member is unknown, already runs a node, or a port overflows
   */
  public static Added add(
      Path dir, String member, long power, ScryptParameters kdf, SecureRandom random)
      throws GenesisException, IOException {
    Genesis genesis = GenesisJson.read(dir.resolve(GenesisJson.FILE_NAME));
    GenesisMember m =
        genesis
            .member(member)
            .orElseThrow(
                () -> new GenesisException("member '" + member + "' is not in the genesis"));
    Path keys = dir.resolve("members").resolve(member);
    if (genesis.validator(member).isPresent()
        || Files.exists(keys.resolve(ConsortiumGenerator.NODE_KEY_FILE))) {
      throw new GenesisException("member '" + member + "' already runs a node");
    }
    if (power < 1 || power > ValidatorRegistry.MAX_TOTAL_POWER) {
      throw new GenesisException("power must be in 1.." + ValidatorRegistry.MAX_TOTAL_POWER);
    }
    GenesisValidator first = genesis.validators().getFirst();
    int number = nextNumber(dir.resolve("nodes"));
    int base = first.port();
    if (ConsortiumGenerator.apiPort(base, number) > 65535) {
      throw new GenesisException("node " + number + " would need a port above 65535");
    }
    char[] passphrase =
        new PassphraseSource.FromFile(keys.resolve(ConsortiumGenerator.PASSPHRASE_FILE)).read();
    try {
      KeyPair nodeKey = SignatureSuite.of(genesis.suite()).generate(random);
      TlsIdentity tls = TlsIdentity.generate(member, random);
      KeyFileStore.write(
          keys.resolve(ConsortiumGenerator.NODE_KEY_FILE),
          KeyFileCipher.seal(nodeKey, passphrase, kdf, random));
      tls.save(keys, passphrase);
      Path nodeDir = dir.resolve("nodes").resolve(Integer.toString(number));
      Files.createDirectories(nodeDir.resolve("data"));
      Files.writeString(
          nodeDir.resolve(ConsortiumGenerator.NODE_CONFIG_FILE),
          ConsortiumGenerator.nodeYaml(member, first.host(), base, number),
          StandardOpenOption.CREATE_NEW);
      return new Added(
          number,
          nodeDir,
          member,
          nodeKey.publicKey(),
          tls.certificateFingerprint(),
          GenesisLedger.accountOf(m, genesis.hashFunction()),
          first.host() + ":" + ConsortiumGenerator.p2pPort(base, number),
          power);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  private static int nextNumber(Path nodes) throws IOException {
    int max = 0;
    if (Files.isDirectory(nodes)) {
      try (Stream<Path> entries = Files.list(nodes)) {
        for (Path p : (Iterable<Path>) entries::iterator) {
          String name = p.getFileName().toString();
          if (name.matches("[1-9][0-9]{0,4}")) {
            max = Math.max(max, Integer.parseInt(name));
          }
        }
      }
    }
    return max + 1;
  }
}
