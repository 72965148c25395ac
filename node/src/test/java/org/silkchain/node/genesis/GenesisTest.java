package org.silkchain.node.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.node.TestConsortium;
import org.silkchain.node.execution.StateKeys;
import org.silkchain.state.store.InMemoryNodeStore;
import org.silkchain.state.tree.StateTree;

class GenesisTest {
  @TempDir Path dir;

  private ConsortiumSpec spec(String yaml) throws Exception {
    Path file = dir.resolve("members-" + System.nanoTime() + ".yaml");
    Files.writeString(file, yaml);
    return MembersFile.read(file);
  }

  private String rejection(String yaml) {
    return assertThatThrownBy(() -> spec(yaml))
        .isInstanceOf(GenesisException.class)
        .actual()
        .getMessage();
  }

  @Test
  void theSameMembersAndKeysGiveTheSameGenesisHash() throws Exception {
    ConsortiumSpec spec = spec(TestConsortium.membersYaml(3));
    Map<String, MemberKeys> keys = ConsortiumGenerator.generateKeys(spec, new SecureRandom());
    Genesis a = ConsortiumGenerator.assemble(spec, keys, 26600, "127.0.0.1");
    Genesis b =
        ConsortiumGenerator.assemble(spec(TestConsortium.membersYaml(3)), keys, 26600, "127.0.0.1");
    assertThat(a.hash()).isEqualTo(b.hash());
    // The JSON form round-trips to the same hash, and the genesis block is the same too.
    assertThat(GenesisJson.parse(GenesisJson.toJson(a), "test").hash()).isEqualTo(a.hash());
    var blockA = GenesisLedger.build(a, new StateTree(a.hashFunction(), new InMemoryNodeStore()));
    var blockB = GenesisLedger.build(b, new StateTree(b.hashFunction(), new InMemoryNodeStore()));
    assertThat(blockA.block().hash()).isEqualTo(blockB.block().hash());
    // Other keys or other ports: another genesis.
    Map<String, MemberKeys> other = ConsortiumGenerator.generateKeys(spec, new SecureRandom());
    assertThat(ConsortiumGenerator.assemble(spec, other, 26600, "127.0.0.1").hash())
        .isNotEqualTo(a.hash());
    assertThat(ConsortiumGenerator.assemble(spec, keys, 27000, "127.0.0.1").hash())
        .isNotEqualTo(a.hash());
  }

  @Test
  void theInitialStateHoldsAccountsMembersAndTheGenesisHash() throws Exception {
    ConsortiumSpec spec = spec(TestConsortium.membersYaml(2));
    Genesis g =
        ConsortiumGenerator.assemble(
            spec, ConsortiumGenerator.generateKeys(spec, new SecureRandom()), 26600, "127.0.0.1");
    StateTree tree = new StateTree(g.hashFunction(), new InMemoryNodeStore());
    var initial = GenesisLedger.build(g, tree);
    assertThat(initial.block().height()).isZero();
    assertThat(initial.block().stateRoot()).isEqualTo(initial.delta().root());
    var store = new InMemoryNodeStore();
    store.apply(GenesisLedger.build(g, new StateTree(g.hashFunction(), store)).delta());
    StateTree applied = new StateTree(g.hashFunction(), store);
    assertThat(applied.get(StateKeys.GENESIS_HASH, 0)).contains(g.hash().bytes());
    for (GenesisMember m : g.members()) {
      assertThat(applied.get(StateKeys.member(m.id()), 0)).isPresent();
      var account =
          org.silkchain.runtime.account.AccountRecord.CODEC.decode(
              applied
                  .get(StateKeys.account(GenesisLedger.accountOf(m, g.hashFunction())), 0)
                  .orElseThrow());
      assertThat(account.nonce()).isZero();
      assertThat(account.keys()).containsExactly(m.signingKey());
      assertThat(account.roles().stream().map(r -> r.label()).toList())
          .containsExactlyInAnyOrderElementsOf(m.roles().stream().map(Role::label).toList());
      // Content sealed for the member is encrypted to the key its genesis entry names.
      var accountId = GenesisLedger.accountOf(m, g.hashFunction());
      assertThat(
              applied
                  .get(org.silkchain.trade.identity.EncryptionKeys.key(accountId), 0)
                  .map(org.silkchain.trade.identity.EncryptionKeys.CODEC::decode))
          .contains(m.encryptionKey());
    }
    assertThat(applied.get(org.silkchain.trade.basket.Basket.compositionKey(), 0)).isPresent();
  }

  @Test
  void membersFileProblemsAreRejectedWithTheirReason() {
    String ok = "  - { name: A, id: a, roles: [trader], jurisdiction: CN, validator: true }\n";
    String head = "chainId: silk\nsuite: ed25519\nmembers:\n";
    assertThat(rejection(head + ok + "colour: blue\n")).contains("unknown field 'colour'");
    assertThat(
            rejection(
                head
                    + "  - { name: A, id: a, roles: [pirate], jurisdiction: CN, validator: true }\n"))
        .contains("unknown role pirate");
    assertThat(
            rejection(
                head
                    + "  - { name: A, id: a, roles: [trader], jurisdiction: XX, validator: true }\n"))
        .contains("jurisdiction");
    assertThat(rejection(head + ok + ok)).contains("duplicate id 'a'");
    assertThat(
            rejection(
                head
                    + "  - { name: A, id: a, roles: [trader], jurisdiction: CN, validator: false }\n"))
        .contains("no member has validator: true");
    assertThat(rejection("chainId: Silk!\nsuite: ed25519\nmembers:\n" + ok)).contains("chainId");
    assertThat(rejection("chainId: silk\nsuite: rsa\nmembers:\n" + ok)).contains("suite");
    assertThat(
            rejection(
                head
                    + "  - { name: A, id: a, roles: [trader], jurisdiction: CN, validatr: true }\n"))
        .contains("unknown field 'validatr'");
  }

  @Test
  void anEditedGenesisFileIsRefused() throws Exception {
    ConsortiumSpec spec = spec(TestConsortium.membersYaml(1));
    Genesis g =
        ConsortiumGenerator.assemble(
            spec, ConsortiumGenerator.generateKeys(spec, new SecureRandom()), 26600, "127.0.0.1");
    String edited = GenesisJson.toJson(g).replace("\"Trader\"", "\"Mallory\"");
    assertThatThrownBy(() -> GenesisJson.parse(edited, "genesis.json"))
        .isInstanceOf(GenesisException.class)
        .hasMessageContaining("genesisHash does not match");
  }

  @Test
  void generatingWritesTheContractLayoutAndRefusesToOverwrite() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 2);
    Path out = net.dir;
    assertThat(GenesisJson.read(out.resolve("genesis.json")).hash()).isEqualTo(net.genesis.hash());
    for (String f :
        new String[] {
          "signing.key", "encryption.key", "node.key", "tls.crt", "tls.key", "passphrase"
        }) {
      assertThat(out.resolve("members/bank-1").resolve(f)).exists();
    }
    assertThat(out.resolve("members/trader/node.key")).doesNotExist();
    assertThat(out.resolve("members/trader/passphrase")).exists();
    assertThat(Files.getPosixFilePermissions(out.resolve("members/trader/passphrase")))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(out.resolve("nodes/2/node.yaml")))
        .contains("member: bank-2", "127.0.0.1:40002", "127.0.0.1:40003");
    assertThat(out.resolve("nodes/1/data")).isDirectory();
    assertThatThrownBy(
            () ->
                ConsortiumGenerator.generate(
                    net.genesis.validators().isEmpty() ? null : spec(TestConsortium.membersYaml(1)),
                    out,
                    ConsortiumGenerator.Options.defaults()))
        .isInstanceOf(GenesisException.class)
        .hasMessageContaining("already holds a genesis");
  }

  @Test
  void anSm2ConsortiumIsValidAndRoundTrips() throws Exception {
    ConsortiumSpec spec = spec(TestConsortium.membersYaml(2).replace("ed25519", "sm2"));
    Genesis g =
        ConsortiumGenerator.assemble(
            spec, ConsortiumGenerator.generateKeys(spec, new SecureRandom()), 26600, "127.0.0.1");
    g.check();
    assertThat(GenesisJson.parse(GenesisJson.toJson(g), "sm2").hash()).isEqualTo(g.hash());
    assertThat(g.hashFunction().name()).containsIgnoringCase("sm3");
  }
}
