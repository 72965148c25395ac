package org.silkchain.network.netty;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.network.NetworkConfig;
import org.silkchain.network.NetworkLimits;
import org.silkchain.network.PeerAddress;
import org.silkchain.network.PeerId;

/**
 * Test consortium: members sorted by id, a genesis hash and small limits. Nodes are started from
 * the largest id down, so every node a new node must dial (the larger ids) already has a port.
 */
final class Consortium implements AutoCloseable {
  static final String HOST = "127.0.0.1";

  final List<Member> members = new ArrayList<>();
  final Hash genesis;
  final Map<PeerId, Integer> ports = new HashMap<>();
  final List<NettyPeerNetwork> running = new ArrayList<>();
  final SecureRandom random;
  NetworkLimits limits =
      limits(Duration.ofSeconds(10)); // outlasts every check of a ban on a loaded machine

  Consortium(int size, long seed) {
    random = new SecureRandom();
    random.setSeed(seed);
    for (int i = 0; i < size; i++) {
      members.add(Member.generate(random));
    }
    members.sort(null);
    byte[] genesisBytes = new byte[32];
    random.nextBytes(genesisBytes);
    genesis = new Hash(Bytes.wrap(genesisBytes));
  }

  static NetworkLimits limits(Duration ban) {
    return new NetworkLimits(
        2 * 1024 * 1024,
        1_000,
        2_000,
        64 * 1024 * 1024,
        ban,
        Duration.ofMillis(50),
        Duration.ofMillis(400),
        Duration.ofSeconds(3));
  }

  Member member(int index) {
    return members.get(index);
  }

  Map<PeerId, Bytes> fingerprints() {
    Map<PeerId, Bytes> pins = new HashMap<>();
    for (Member m : members) {
      pins.put(m.id(), m.tls().certificateFingerprint());
    }
    return pins;
  }

  /** Config for {@code m}, listing every member whose port is known. */
  NetworkConfig config(Member m, int listenPort, Hash genesisHash) {
    List<PeerAddress> peers = new ArrayList<>();
    for (Member other : members) {
      Integer port = ports.get(other.id());
      if (port != null && !other.equals(m)) {
        peers.add(new PeerAddress(other.id(), HOST, port));
      }
    }
    return new NetworkConfig(
        m.id(), HOST, listenPort, peers, genesisHash, m.tls(), fingerprints(), limits);
  }

  NettyPeerNetwork start(Member m, Inbox inbox) {
    return start(config(m, ports.getOrDefault(m.id(), 0), genesis), inbox);
  }

  NettyPeerNetwork start(NetworkConfig config, Inbox inbox) {
    NettyPeerNetwork network = NettyPeerNetwork.create(config);
    running.add(network);
    network.start(inbox);
    ports.put(config.self(), network.boundPort());
    return network;
  }

  @Override
  public void close() {
    running.forEach(NettyPeerNetwork::close);
  }
}
