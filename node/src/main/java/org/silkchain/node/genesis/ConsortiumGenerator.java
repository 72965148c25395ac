package org.silkchain.node.genesis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.crypto.keyfile.ScryptParameters;
import org.silkchain.network.CertificateBinding;
import org.silkchain.network.TlsIdentity;

/**
 * Creates a consortium directory from a {@link ConsortiumSpec} (what {@code silkchain genesis}
 * does): generates every member's keys, writes them encrypted under a fresh per-member passphrase,
 * and writes {@code genesis.json} and one {@code nodes/<n>/node.yaml} per validator (layout in the
 * node contract). {@link #assemble} is the deterministic part: the same spec and keys always give
 * the same genesis, hence the same genesis hash.
 */
public final class ConsortiumGenerator {
  public static final int DEFAULT_BASE_PORT = 26600;
  public static final String SIGNING_KEY_FILE = "signing.key";
  public static final String ENCRYPTION_KEY_FILE = "encryption.key";
  public static final String NODE_KEY_FILE = "node.key";
  public static final String PASSPHRASE_FILE = "passphrase";
  public static final String NODE_CONFIG_FILE = "node.yaml";

  /**
   * @param basePort validator n (1-based) gets p2p port {@code basePort + 2(n-1)} and API port one
   *     above
   * @param host the address written for every validator (loopback for a local network)
   * @param kdf scrypt costs of the key files (tests lower them)
   */
  public record Options(int basePort, String host, ScryptParameters kdf, SecureRandom random) {
    public static Options defaults() {
      return new Options(
          DEFAULT_BASE_PORT, "127.0.0.1", ScryptParameters.DEFAULT, new SecureRandom());
    }
  }

  private ConsortiumGenerator() {}

  /** Generates fresh keys for every member of {@code spec}, in members order. */
  public static Map<String, MemberKeys> generateKeys(ConsortiumSpec spec, SecureRandom random) {
    SignatureSuite suite = SignatureSuite.of(spec.suite());
    Map<String, MemberKeys> keys = new LinkedHashMap<>();
    for (MemberSpec m : spec.members()) {
      KeyPair signing = suite.generate(random);
      EncryptionKeyPair encryption = EncryptionKeyPair.generate(spec.suite(), random);
      Optional<KeyPair> node =
          m.validator() ? Optional.of(suite.generate(random)) : Optional.empty();
      Optional<TlsIdentity> tls =
          m.validator() ? Optional.of(TlsIdentity.generate(m.id(), random)) : Optional.empty();
      keys.put(m.id(), new MemberKeys(signing, encryption, node, tls));
    }
    return keys;
  }

  /** The genesis of {@code spec} with these keys. Deterministic for Ed25519. */
  public static Genesis assemble(
      ConsortiumSpec spec, Map<String, MemberKeys> keys, int basePort, String host) {
    SignatureSuite suite = SignatureSuite.of(spec.suite());
    List<GenesisMember> members = new ArrayList<>();
    List<GenesisValidator> validators = new ArrayList<>();
    int n = 0;
    for (MemberSpec m : spec.members()) {
      MemberKeys k = keys.get(m.id());
      members.add(
          new GenesisMember(
              m.id(),
              m.name(),
              m.roles(),
              m.jurisdiction(),
              k.signing().publicKey(),
              k.encryption().publicKey()));
      if (m.validator()) {
        KeyPair node = k.node().orElseThrow();
        var fingerprint = k.tls().orElseThrow().certificateFingerprint();
        validators.add(
            new GenesisValidator(
                m.id(),
                node.publicKey(),
                m.power(),
                fingerprint,
                CertificateBinding.sign(suite, node.privateKey(), fingerprint),
                host,
                p2pPort(basePort, ++n)));
      }
    }
    return new Genesis(spec.chainId(), spec.suite(), spec.genesisTime(), members, validators);
  }

  public static int p2pPort(int basePort, int node) {
    return basePort + 2 * (node - 1);
  }

  public static int apiPort(int basePort, int node) {
    return p2pPort(basePort, node) + 1;
  }

  /**
   * Writes the whole consortium into {@code dir} (created if absent).
   *
   * @throws GenesisException if {@code dir} already holds a genesis, or a port would exceed 65535
   */
  public static Genesis generate(ConsortiumSpec spec, Path dir, Options options)
      throws GenesisException, IOException {
    if (Files.exists(dir.resolve(GenesisJson.FILE_NAME))) {
      throw new GenesisException(dir + " already holds a genesis; refusing to overwrite it");
    }
    if (apiPort(options.basePort(), spec.validators().size()) > 65535 || options.basePort() < 1) {
      throw new GenesisException("--base-port " + options.basePort() + " leaves no room for ports");
    }
    Map<String, MemberKeys> keys = generateKeys(spec, options.random());
    Genesis genesis = assemble(spec, keys, options.basePort(), options.host());
    genesis.check();
    Files.createDirectories(dir);
    for (MemberSpec m : spec.members()) {
      writeMemberKeys(dir.resolve("members").resolve(m.id()), keys.get(m.id()), options);
    }
    int n = 0;
    for (GenesisValidator v : genesis.validators()) {
      n++;
      Path nodeDir = dir.resolve("nodes").resolve(Integer.toString(n));
      Files.createDirectories(nodeDir.resolve("data"));
      Files.writeString(
          nodeDir.resolve(NODE_CONFIG_FILE),
          nodeYaml(v.memberId(), options.host(), options.basePort(), n),
          StandardOpenOption.CREATE_NEW);
    }
    GenesisJson.write(dir.resolve(GenesisJson.FILE_NAME), genesis);
    return genesis;
  }

  static String nodeYaml(String member, String host, int basePort, int n) {
    String keys = "../../members/" + member;
    return "# Node "
        + n
        + " of the consortium. Relative paths are relative to this file.\n"
        + "member: "
        + member
        + "\ngenesis: ../../genesis.json\n"
        + "dataDir: data\n"
        + "p2p: { listen: \""
        + host
        + ":"
        + p2pPort(basePort, n)
        + "\" }\n"
        + "api: { listen: \""
        + host
        + ":"
        + apiPort(basePort, n)
        + "\" }\n"
        + "keys: { dir: "
        + keys
        + ", passphraseFile: "
        + keys
        + "/passphrase }\n";
  }

  private static void writeMemberKeys(Path dir, MemberKeys keys, Options options)
      throws IOException {
    Files.createDirectories(dir);
    char[] passphrase = newPassphrase(options.random());
    Path passFile = dir.resolve(PASSPHRASE_FILE);
    Files.createFile(
        passFile,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.write(
        passFile,
        new String(passphrase).getBytes(StandardCharsets.US_ASCII),
        StandardOpenOption.WRITE);
    SecureRandom random = options.random();
    KeyFileStore.write(
        dir.resolve(SIGNING_KEY_FILE),
        KeyFileCipher.seal(keys.signing(), passphrase, options.kdf(), random));
    KeyFileStore.write(
        dir.resolve(ENCRYPTION_KEY_FILE),
        KeyFileCipher.seal(keys.encryption(), passphrase, options.kdf(), random));
    if (keys.node().isPresent()) {
      KeyFileStore.write(
          dir.resolve(NODE_KEY_FILE),
          KeyFileCipher.seal(keys.node().get(), passphrase, options.kdf(), random));
      keys.tls().orElseThrow().save(dir, passphrase);
    }
    java.util.Arrays.fill(passphrase, '\0');
  }

  /** 32 characters of base64url: 192 random bits, safe in YAML, shells and environment values. */
  static char[] newPassphrase(SecureRandom random) {
    byte[] raw = new byte[24];
    random.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw).toCharArray();
  }
}
