package org.silkchain.node.validators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.network.PeerAddress;
import org.silkchain.network.PeerId;
import org.silkchain.node.config.PeerOverride;
import org.silkchain.node.genesis.Genesis;
import org.silkchain.node.genesis.GenesisLedger;
import org.silkchain.node.genesis.GenesisMember;
import org.silkchain.node.genesis.GenesisValidator;
import org.silkchain.runtime.validators.ValidatorRegistry.Entry;

/**
 * Which peers a node accepts and where it finds them: the genesis validators, plus every validator
 * the registry holds (admitted later by governance), with {@code p2p.peers} overrides by member.
 * Removed validators that were in the genesis stay accepted (as observers; consensus no longer
 * counts them); a validator's registered pin and address win over its genesis ones.
 */
public final class PeerDirectory {
  private final Genesis genesis;
  private final List<PeerOverride> overrides;
  private final PublicKey self;
  private final Map<AccountId, String> memberOfAccount = new TreeMap<>();

  public PeerDirectory(Genesis genesis, List<PeerOverride> overrides, PublicKey self) {
    this.genesis = genesis;
    this.overrides = List.copyOf(overrides);
    this.self = self;
    for (GenesisMember m : genesis.members()) {
      memberOfAccount.put(GenesisLedger.accountOf(m, genesis.hashFunction()), m.id());
    }
  }

  /** Certificate pins: the registry's, then genesis validators' that do not clash with them. */
  public Map<PeerId, Bytes> pins(List<Entry> registry) {
    TreeMap<PeerId, Bytes> pins = new TreeMap<>();
    TreeMap<Bytes, PeerId> owners = new TreeMap<>();
    for (Entry e : registry) {
      if (!e.tlsFingerprint().isEmpty() && !owners.containsKey(e.tlsFingerprint())) {
        pins.put(new PeerId(e.key()), e.tlsFingerprint());
        owners.put(e.tlsFingerprint(), new PeerId(e.key()));
      }
    }
    for (GenesisValidator v : genesis.validators()) {
      PeerId id = new PeerId(v.nodeKey());
      if (!pins.containsKey(id) && !owners.containsKey(v.tlsFingerprint())) {
        pins.put(id, v.tlsFingerprint());
        owners.put(v.tlsFingerprint(), id);
      }
    }
    return pins;
  }

  /** Every other node's address: genesis validators and registry entries, overrides applied. */
  public List<PeerAddress> addresses(List<Entry> registry) {
    TreeMap<PeerId, PeerAddress> byId = new TreeMap<>();
    for (GenesisValidator v : genesis.validators()) {
      PeerId id = new PeerId(v.nodeKey());
      if (!v.nodeKey().equals(self)) {
        byId.put(id, overridden(v.memberId(), v.host(), v.port(), id));
      }
    }
    for (Entry e : registry) {
      address(e).ifPresent(a -> byId.put(a.id(), a));
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Where to reach a registered validator: its operator's override if any, else its registered
   * {@code host:port}; empty for this node itself or an address that does not parse.
   */
  public Optional<PeerAddress> address(Entry e) {
    if (e.key().equals(self)) {
      return Optional.empty();
    }
    PeerId id = new PeerId(e.key());
    int colon = e.address().lastIndexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    try {
      String host = e.address().substring(0, colon);
      int port = Integer.parseInt(e.address().substring(colon + 1));
      Optional<GenesisValidator> inGenesis =
          genesis.validators().stream().filter(v -> v.nodeKey().equals(e.key())).findFirst();
      String member =
          inGenesis.map(GenesisValidator::memberId).orElse(memberOfAccount.get(e.operator()));
      return Optional.of(overridden(member, host, port, id));
    } catch (IllegalArgumentException bad) {
      return Optional.empty();
    }
  }

  private PeerAddress overridden(String member, String host, int port, PeerId id) {
    Optional<PeerOverride> override =
        overrides.stream().filter(p -> p.member().equals(member)).findFirst();
    return new PeerAddress(
        id,
        override.map(PeerOverride::host).orElse(host),
        override.map(PeerOverride::port).orElse(port));
  }
}
