package org.silkchain.network;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;

/**
 * What one node needs to join the consortium's network.
 *
 * @param self this node's id (its consensus key)
 * @param listenHost address to bind, e.g. {@code 0.0.0.0}
 * @param listenPort port to bind; 0 picks an ephemeral one (see {@link PeerNetwork#boundPort()})
 * @param peers every consortium node's address; an entry for {@code self} is ignored
 * @param genesisHash the genesis every peer must share; a peer with another is refused
 * @param identity this node's TLS key and certificate
 * @param trustedCertificateFingerprints from genesis: node id to the SHA-256 of its TLS certificate
 *     (DER). Only these certificates are accepted; each must map to a distinct node. Every peer in
 *     {@code peers} must have an entry; ids without an address are accepted inbound only.
 * @param limits size, rate and timing bounds
 */
public record NetworkConfig(
    PeerId self,
    String listenHost,
    int listenPort,
    List<PeerAddress> peers,
    Hash genesisHash,
    TlsIdentity identity,
    Map<PeerId, Bytes> trustedCertificateFingerprints,
    NetworkLimits limits) {
  public NetworkConfig {
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(listenHost, "listenHost");
    Objects.requireNonNull(genesisHash, "genesisHash");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(limits, "limits");
    if (listenPort < 0 || listenPort > 65535) {
      throw new IllegalArgumentException("listenPort out of range: " + listenPort);
    }
    peers = List.copyOf(peers);
    trustedCertificateFingerprints =
        Collections.unmodifiableMap(new TreeMap<>(trustedCertificateFingerprints));
    Map<Bytes, PeerId> owners = new HashMap<>();
    for (Map.Entry<PeerId, Bytes> e : trustedCertificateFingerprints.entrySet()) {
      if (e.getValue().size() != 32) {
        throw new IllegalArgumentException("fingerprint of " + e.getKey() + " is not 32 bytes");
      }
      PeerId previous = owners.put(e.getValue(), e.getKey());
      if (previous != null) {
        throw new IllegalArgumentException(
            "one certificate is pinned for two nodes: " + previous + " and " + e.getKey());
      }
    }
    for (PeerAddress peer : peers) {
      if (!peer.id().equals(self) && !trustedCertificateFingerprints.containsKey(peer.id())) {
        throw new IllegalArgumentException("peer " + peer.id() + " has no trusted certificate");
      }
    }
  }
}
