package org.silkchain.network.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.network.Channel;
import org.silkchain.network.NetworkConfig;
import org.silkchain.network.PeerAddress;
import org.silkchain.network.PeerId;

/** A validator admitted after genesis: refused until pinned, then linked both ways. */
class AdmissionTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void aPeerIsRefusedUntilAdmittedThenDialedAndAccepted() {
    try (Consortium c = new Consortium(3, 5)) {
      // Sorted ids: m0 < newcomer < m2, so m0 must dial the newcomer and the newcomer dials m2.
      Member m0 = c.member(0);
      Member newcomer = c.member(1);
      Member m2 = c.member(2);
      Map<PeerId, Bytes> genesisPins =
          Map.of(
              m0.id(), m0.tls().certificateFingerprint(),
              m2.id(), m2.tls().certificateFingerprint());
      Inbox inbox2 = new Inbox();
      NettyPeerNetwork n2 =
          c.start(
              new NetworkConfig(
                  m2.id(),
                  Consortium.HOST,
                  0,
                  List.of(),
                  c.genesis,
                  m2.tls(),
                  genesisPins,
                  c.limits),
              inbox2);
      Inbox inbox0 = new Inbox();
      NettyPeerNetwork n0 =
          c.start(
              new NetworkConfig(
                  m0.id(),
                  Consortium.HOST,
                  0,
                  List.of(new PeerAddress(m2.id(), Consortium.HOST, n2.boundPort())),
                  c.genesis,
                  m0.tls(),
                  genesisPins,
                  c.limits),
              inbox0);
      await().atMost(WAIT).until(() -> n0.connectedPeers().equals(Set.of(m2.id())));

      Inbox inbox1 = new Inbox();
      NettyPeerNetwork n1 = c.start(newcomer, inbox1); // pins everyone, dials m2
      await().atMost(WAIT).until(() -> n2.stats().handshakeFailures() > 0);
      assertThat(n2.connectedPeers()).doesNotContain(newcomer.id());
      assertThat(n1.connectedPeers()).isEmpty();

      PeerAddress address = new PeerAddress(newcomer.id(), Consortium.HOST, n1.boundPort());
      Bytes pin = newcomer.tls().certificateFingerprint();
      assertThat(n2.admit(address, pin)).isTrue();
      assertThat(n0.admit(address, pin)).isTrue();
      assertThat(n0.admit(address, pin)).as("idempotent").isTrue();
      await().atMost(WAIT).until(() -> n1.connectedPeers().equals(Set.of(m0.id(), m2.id())));
      await().atMost(WAIT).until(() -> n0.connectedPeers().contains(newcomer.id()));

      n0.broadcast(Channel.CONSENSUS, Bytes.utf8("to the newcomer"));
      await()
          .atMost(WAIT)
          .until(() -> inbox1.has(m0.id(), Channel.CONSENSUS, Bytes.utf8("to the newcomer")));
    }
  }

  @Test
  void aCertificateAnotherPeerHoldsIsNotPinnedTwice() {
    try (Consortium c = new Consortium(2, 6)) {
      NettyPeerNetwork n0 = c.start(c.member(0), new Inbox());
      PeerAddress impostor =
          new PeerAddress(
              new PeerId(Member.generate(c.random).keys().publicKey()), Consortium.HOST, 1);
      assertThat(n0.admit(impostor, c.member(1).tls().certificateFingerprint())).isFalse();
    }
  }
}
