package org.silkchain.node.validators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.network.PeerAddress;
import org.silkchain.network.PeerId;
import org.silkchain.node.TestLedger;
import org.silkchain.node.config.PeerOverride;
import org.silkchain.node.genesis.GenesisLedger;
import org.silkchain.node.genesis.GenesisValidator;
import org.silkchain.runtime.validators.ValidatorRegistry.Entry;

class PeerDirectoryTest {
  @Test
  void genesisAndRegistryPeersWithOverridesAndRegisteredPinsWinning() throws Exception {
    TestLedger ledger = TestLedger.create(3);
    GenesisValidator me = ledger.genesis.validators().get(0);
    GenesisValidator second = ledger.genesis.validators().get(1);
    PublicKey newKey = ledger.keys.get("trader").signing().publicKey();
    Bytes newPin = ledger.genesis.hashFunction().digest(Bytes.utf8("new")).bytes();
    Bytes movedPin = ledger.genesis.hashFunction().digest(Bytes.utf8("moved")).bytes();
    List<Entry> registry = new ArrayList<>(GenesisLedger.registryEntries(ledger.genesis));
    registry.set(
        1, new Entry(second.nodeKey(), 1, registry.get(1).operator(), "10.0.0.2:7000", movedPin));
    registry.add(new Entry(newKey, 1, ledger.account("trader"), "10.0.0.9:7100", newPin));
    PeerDirectory directory =
        new PeerDirectory(
            ledger.genesis, List.of(new PeerOverride("trader", "127.0.0.1", 9999)), me.nodeKey());

    assertThat(directory.pins(registry))
        .hasSize(4)
        .containsEntry(new PeerId(second.nodeKey()), movedPin)
        .containsEntry(new PeerId(newKey), newPin)
        .containsEntry(new PeerId(me.nodeKey()), me.tlsFingerprint());
    assertThat(directory.addresses(registry))
        .hasSize(3)
        .contains(
            new PeerAddress(new PeerId(second.nodeKey()), "10.0.0.2", 7000),
            new PeerAddress(new PeerId(newKey), "127.0.0.1", 9999))
        .noneMatch(a -> a.id().nodeKey().equals(me.nodeKey()));
  }

  @Test
  void aValidatorRemovedFromTheRegistryStaysAcceptedByItsGenesisPin() throws Exception {
    TestLedger ledger = TestLedger.create(3);
    GenesisValidator removed = ledger.genesis.validators().get(2);
    List<Entry> registry =
        new ArrayList<>(GenesisLedger.registryEntries(ledger.genesis).subList(0, 2));
    PeerDirectory directory =
        new PeerDirectory(ledger.genesis, List.of(), ledger.genesis.validators().get(0).nodeKey());
    assertThat(directory.pins(registry))
        .containsEntry(new PeerId(removed.nodeKey()), removed.tlsFingerprint());
  }
}
