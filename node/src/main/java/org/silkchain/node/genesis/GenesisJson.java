package org.silkchain.node.genesis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionPublicKey;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.node.yaml.StrictYaml;

/**
 * {@code genesis.json}: the genesis for people and tools. Keys, fingerprints and signatures are
 * lowercase hex of their raw bytes (the suite is named once). {@code genesisHash} is {@link
 * Genesis#hash()}; reading recomputes it from the content and refuses a file whose stated hash
 * differs, so an edited file is caught before a node runs on it.
 *
 * <pre>
 * {"chainId": "silk-local", "suite": "ed25519", "genesisTime": 1764000000000,
 *  "members": [{"id": "pboc", "name": "...", "roles": ["central-bank"], "jurisdiction": "CN",
 *               "signingKey": "hex", "encryptionKey": "hex"}],
 *  "validators": [{"member": "pboc", "nodeKey": "hex", "power": 1, "tlsFingerprint": "hex",
 *                  "tlsBinding": "hex", "p2p": {"host": "127.0.0.1", "port": 26600}}],
 *  "genesisHash": "hex"}
 * </pre>
 */
public final class GenesisJson {
  public static final String FILE_NAME = "genesis.json";
  private static final long MAX_BYTES = 4L * 1024 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private GenesisJson() {}

  @JsonPropertyOrder({"id", "name", "roles", "jurisdiction", "signingKey", "encryptionKey"})
  record JsonMember(
      String id,
      String name,
      List<String> roles,
      String jurisdiction,
      String signingKey,
      String encryptionKey) {}

  record JsonAddress(String host, int port) {}

  @JsonPropertyOrder({"member", "nodeKey", "power", "tlsFingerprint", "tlsBinding", "p2p"})
  record JsonValidator(
      String member,
      String nodeKey,
      long power,
      String tlsFingerprint,
      String tlsBinding,
      JsonAddress p2p) {}

  @JsonPropertyOrder({"chainId", "suite", "genesisTime", "members", "validators", "genesisHash"})
  record JsonGenesis(
      String chainId,
      String suite,
      long genesisTime,
      List<JsonMember> members,
      List<JsonValidator> validators,
      String genesisHash) {}

  public static String toJson(Genesis g) {
    List<JsonMember> members = new ArrayList<>();
    for (GenesisMember m : g.members()) {
      members.add(
          new JsonMember(
              m.id(),
              m.name(),
              m.roles().stream().map(Role::label).toList(),
              m.jurisdiction(),
              m.signingKey().bytes().toHex(),
              m.encryptionKey().bytes().toHex()));
    }
    List<JsonValidator> validators = new ArrayList<>();
    for (GenesisValidator v : g.validators()) {
      validators.add(
          new JsonValidator(
              v.memberId(),
              v.nodeKey().bytes().toHex(),
              v.power(),
              v.tlsFingerprint().toHex(),
              v.tlsBinding().bytes().toHex(),
              new JsonAddress(v.host(), v.port())));
    }
    JsonGenesis json =
        new JsonGenesis(
            g.chainId().value(),
            suiteLabel(g.suite()),
            g.genesisTime(),
            members,
            validators,
            g.hash().toHex());
    try {
      return JSON.writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write genesis JSON", e);
    }
  }

  public static void write(Path file, Genesis g) throws IOException {
    Files.writeString(file, toJson(g));
  }

  /** Reads, checks ({@link Genesis#check()}) and verifies the stated hash. */
  public static Genesis read(Path file) throws GenesisException {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new GenesisException(file + ": larger than " + MAX_BYTES + " bytes");
      }
      text = Files.readString(file);
    } catch (IOException e) {
      throw new GenesisException(file + ": cannot read (" + e.getMessage() + ")");
    }
    return parse(text, file.toString());
  }

  public static Genesis parse(String text, String source) throws GenesisException {
    JsonGenesis json;
    try {
      json = JSON.readValue(text, JsonGenesis.class);
    } catch (JsonProcessingException e) {
      throw new GenesisException(source + ": " + StrictYaml.describe(e));
    }
    Genesis g;
    try {
      g = fromJson(json);
    } catch (RuntimeException e) {
      throw new GenesisException(source + ": " + e.getMessage());
    }
    g.check();
    if (json.genesisHash() == null || !g.hash().toHex().equals(json.genesisHash())) {
      throw new GenesisException(
          source + ": genesisHash does not match the content (edited or corrupted file)");
    }
    return g;
  }

  private static Genesis fromJson(JsonGenesis json) {
    SuiteId suite =
        switch (String.valueOf(json.suite())) {
          case "ed25519" -> SuiteId.ED25519;
          case "sm2" -> SuiteId.SM2_SM3;
          default -> throw new IllegalArgumentException("suite: unknown " + json.suite());
        };
    List<GenesisMember> members = new ArrayList<>();
    for (JsonMember m : nonNull(json.members(), "members")) {
      List<Role> roles = new ArrayList<>();
      for (String label : nonNull(m.roles(), "roles")) {
        roles.add(
            Role.fromLabel(label)
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + label)));
      }
      members.add(
          new GenesisMember(
              m.id(),
              m.name(),
              roles,
              m.jurisdiction(),
              new PublicKey(suite, hex(m.signingKey(), "signingKey")),
              new EncryptionPublicKey(suite, hex(m.encryptionKey(), "encryptionKey"))));
    }
    List<GenesisValidator> validators = new ArrayList<>();
    for (JsonValidator v : nonNull(json.validators(), "validators")) {
      JsonAddress p2p = v.p2p() == null ? new JsonAddress("", 0) : v.p2p();
      validators.add(
          new GenesisValidator(
              v.member(),
              new PublicKey(suite, hex(v.nodeKey(), "nodeKey")),
              v.power(),
              hex(v.tlsFingerprint(), "tlsFingerprint"),
              new Signature(hex(v.tlsBinding(), "tlsBinding")),
              p2p.host(),
              p2p.port()));
    }
    return new Genesis(new ChainId(json.chainId()), suite, json.genesisTime(), members, validators);
  }

  private static <T> List<T> nonNull(List<T> list, String field) {
    if (list == null) {
      throw new IllegalArgumentException(field + ": missing");
    }
    return list;
  }

  private static Bytes hex(String value, String field) {
    try {
      return Bytes.fromHex(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(field + ": not hex");
    }
  }

  static String suiteLabel(SuiteId suite) {
    return suite == SuiteId.ED25519 ? "ed25519" : "sm2";
  }
}
