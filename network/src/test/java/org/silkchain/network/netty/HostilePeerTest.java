package org.silkchain.network.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.network.BanReason;
import org.silkchain.network.Channel;
import org.silkchain.network.NetworkConfig;
import org.silkchain.network.TlsIdentity;

/**
 * Peers that are not members, or members that break the protocol, against one real node. The node
 * under test is the larger id and the offender has no address in its config, so the node never
 * dials: every connection is one the test opens.
 */
class HostilePeerTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void certificateNotPinnedByGenesisIsRefusedInbound() {
    try (Consortium c = new Consortium(2, 11)) {
      Inbox inbox = new Inbox();
      NettyPeerNetwork node = c.start(c.member(1), inbox);
      Member member = c.member(0);
      TlsIdentity impostor = TlsIdentity.generate("node", c.random);
      try (RawPeer peer = RawPeer.connect(impostor, node.boundPort())) {
        peer.handshake();
        peer.hello(c.genesis, member.keys().publicKey());
        peer.frame(Channel.CONSENSUS.code(), Bytes.utf8("let me in"));
        await().atMost(WAIT).until(() -> !peer.isOpen());
      }
      await().atMost(WAIT).until(() -> node.stats().handshakeFailures() >= 1);
      assertThat(inbox.messages).isEmpty();
      assertThat(inbox.connected).isEmpty();
      assertThat(node.connectedPeers()).isEmpty();
    }
  }

  @Test
  void serverWithCertificateNotPinnedByGenesisIsRefusedOutbound() {
    try (Consortium c = new Consortium(2, 12)) {
      Member dialer = c.member(0);
      Member dialed = c.member(1);
      // The dialed node presents a certificate other than the one its genesis entry pins.
      NetworkConfig rogue =
          new NetworkConfig(
              dialed.id(),
              Consortium.HOST,
              0,
              java.util.List.of(),
              c.genesis,
              TlsIdentity.generate("rogue", c.random),
              c.fingerprints(),
              c.limits);
      Inbox rogueInbox = new Inbox();
      NettyPeerNetwork server = c.start(rogue, rogueInbox);
      Inbox inbox = new Inbox();
      NettyPeerNetwork node = c.start(dialer, inbox);
      await().atMost(WAIT).until(() -> node.stats().handshakeFailures() >= 2);
      // The dialer aborts inside TLS, on the server's certificate, so the server's handshake
      // fails too (were the certificate accepted and only the identity lookup to fail, the
      // server would complete TLS and see a plain close).
      await().atMost(WAIT).until(() -> server.stats().handshakeFailures() >= 1);
      assertThat(node.connectedPeers()).isEmpty();
      assertThat(server.connectedPeers()).isEmpty();
      assertThat(inbox.connected).isEmpty();
      assertThat(rogueInbox.connected).isEmpty();
    }
  }

  @Test
  void plainTcpGarbageIsDroppedAndNothingDelivered() throws IOException {
    try (Consortium c = new Consortium(2, 13)) {
      Inbox inbox = new Inbox();
      NettyPeerNetwork node = c.start(c.member(1), inbox);
      try (Socket socket = new Socket(Consortium.HOST, node.boundPort())) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write("GET / HTTP/1.1\r\nHost: silkchain\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {0, 0, 0, 5, 1, 'h', 'e', 'l', 'o'});
        out.flush();
        InputStream in = socket.getInputStream();
        assertThat(readUntilClosed(in)).as("node closed the connection").isTrue();
      }
      await().atMost(WAIT).until(() -> node.stats().handshakeFailures() >= 1);
      assertThat(inbox.messages).isEmpty();
      assertThat(inbox.connected).isEmpty();
    }
  }

  private static boolean readUntilClosed(InputStream in) throws IOException {
    try {
      byte[] buffer = new byte[1024];
      while (true) {
        if (in.read(buffer) < 0) {
          return true;
        }
      }
    } catch (SocketException reset) {
      return true;
    }
  }

  @Test
  void oversizedFrameBansUntilTheBanEnds() {
    try (Consortium c = new Consortium(2, 14)) {
      // Long enough that a loaded machine still reconnects while the ban lasts.
      c.limits = Consortium.limits(Duration.ofMillis(5000));
      Inbox inbox = new Inbox();
      NettyPeerNetwork node = c.start(c.member(1), inbox);
      Member offender = c.member(0);
      try (RawPeer peer = connectAndHello(c, node, offender)) {
        // A frame of exactly the limit is fine.
        Bytes largest = Bytes.wrap(new byte[c.limits.maxFrameBytes() - 1]);
        peer.frame(Channel.SYNC.code(), largest);
        await().atMost(WAIT).until(() -> inbox.has(offender.id(), Channel.SYNC, largest));
        peer.lengthPrefix(c.limits.maxFrameBytes() + 1, Bytes.of((byte) 1, (byte) 2));
        await().atMost(WAIT).until(() -> !peer.isOpen());
      }
      await().atMost(WAIT).until(() -> !inbox.disconnected.isEmpty());
      assertThat(node.stats().bans(BanReason.OVERSIZED_FRAME)).isEqualTo(1);
      assertThat(inbox.disconnected).containsExactly(offender.id());

      // While banned, the peer passes TLS (its certificate is pinned) but is cut off at once.
      try (RawPeer again = RawPeer.connect(offender.tls(), node.boundPort())) {
        again.handshake();
        again.hello(c.genesis, offender.keys().publicKey());
        again.frame(Channel.CONSENSUS.code(), Bytes.utf8("while banned"));
        await().atMost(WAIT).until(() -> !again.isOpen());
      }
      assertThat(node.stats().refusedWhileBanned()).isGreaterThanOrEqualTo(1);
      assertThat(inbox.from(offender.id())).hasSize(1);
      assertThat(node.connectedPeers()).isEmpty();

      // After the ban the same member is welcome again.
      await()
          .atMost(WAIT)
          .pollInterval(Duration.ofMillis(200))
          .until(() -> reconnectDelivers(c, node, inbox, offender, Bytes.utf8("after")));
      assertThat(inbox.from(offender.id()))
          .extracting(m -> m.payload())
          .doesNotContain(Bytes.utf8("while banned"));
    }
  }

  @Test
  void unknownChannelCodeBans() {
    assertBanned(BanReason.UNKNOWN_CHANNEL, (c, peer) -> peer.frame(9, Bytes.utf8("what is this")));
  }

  @Test
  void emptyFrameBans() {
    assertBanned(
        BanReason.MALFORMED_FRAME,
        (c, peer) -> peer.raw(io.netty.buffer.Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 0})));
  }

  @Test
  void malformedControlMessageBans() {
    assertBanned(
        BanReason.MALFORMED_FRAME,
        (c, peer) -> peer.frame(Channel.CONTROL.code(), Bytes.of((byte) 99)));
  }

  @Test
  void floodBeyondTheRateLimitBans() {
    assertBanned(
        BanReason.RATE_LIMIT,
        (c, peer) -> {
          for (int i = 0; i < 3 * c.limits.maxInboundMessagesPerSecond(); i++) {
            peer.frame(Channel.TRANSACTIONS.code(), Bytes.utf8("tx " + i));
          }
        });
  }

  @Test
  void byteFloodBeyondTheRateLimitBans() {
    try (Consortium c = new Consortium(2, 15)) {
      c.limits =
          new org.silkchain.network.NetworkLimits(
              64 * 1024,
              1_000,
              100_000,
              256 * 1024,
              Duration.ofSeconds(5),
              Duration.ofMillis(50),
              Duration.ofMillis(400),
              Duration.ofSeconds(3));
      Inbox inbox = new Inbox();
      NettyPeerNetwork node = c.start(c.member(1), inbox);
      try (RawPeer peer = connectAndHello(c, node, c.member(0))) {
        for (int i = 0; i < 40; i++) {
          peer.frame(Channel.SYNC.code(), Bytes.wrap(new byte[60 * 1024]));
        }
        await().atMost(WAIT).until(() -> !peer.isOpen());
      }
      assertThat(node.stats().bans(BanReason.RATE_LIMIT)).isEqualTo(1);
      // At most the bucket's one second of bytes got through.
      assertThat(inbox.messages.size()).isLessThan(40);
    }
  }

  @Test
  void helloWithAnotherMembersKeyBans() {
    try (Consortium c = new Consortium(3, 16)) {
      Inbox inbox = new Inbox();
      NettyPeerNetwork node = c.start(c.member(2), inbox);
      Member liar = c.member(0);
      try (RawPeer peer = RawPeer.connect(liar.tls(), node.boundPort())) {
        peer.handshake();
        peer.hello(c.genesis, c.member(1).keys().publicKey());
        await().atMost(WAIT).until(() -> !peer.isOpen());
      }
      assertThat(node.stats().bans(BanReason.IDENTITY_MISMATCH)).isEqualTo(1);
      assertThat(inbox.connected).isEmpty();
    }
  }

  @Test
  void dataBeforeHelloBans() {
    try (Consortium c = new Consortium(2, 17)) {
      Inbox inbox = new Inbox();
      NettyPeerNetwork node = c.start(c.member(1), inbox);
      try (RawPeer peer = RawPeer.connect(c.member(0).tls(), node.boundPort())) {
        peer.handshake();
        peer.frame(Channel.CONSENSUS.code(), Bytes.utf8("too early"));
        await().atMost(WAIT).until(() -> !peer.isOpen());
      }
      assertThat(node.stats().bans(BanReason.MALFORMED_FRAME)).isEqualTo(1);
      assertThat(inbox.messages).isEmpty();
    }
  }

  @Test
  void silentAuthenticatedPeerIsDroppedAfterTheHandshakeTimeout() {
    try (Consortium c = new Consortium(2, 18)) {
      c.limits =
          new org.silkchain.network.NetworkLimits(
              1024,
              1_000,
              1_000,
              1024 * 1024,
              Duration.ofSeconds(5),
              Duration.ofMillis(50),
              Duration.ofMillis(400),
              Duration.ofMillis(500));
      NettyPeerNetwork node = c.start(c.member(1), new Inbox());
      try (RawPeer peer = RawPeer.connect(c.member(0).tls(), node.boundPort())) {
        assertThat(peer.handshake()).isTrue();
        await().atMost(WAIT).until(() -> !peer.isOpen());
      }
      assertThat(node.stats().handshakeFailures()).isEqualTo(1);
      assertThat(node.stats().bansByReason().values()).allMatch(n -> n == 0);
    }
  }

  /** Connects, says hello, sends {@code payload}: true once delivered, false if cut off. */
  private static boolean reconnectDelivers(
      Consortium c, NettyPeerNetwork node, Inbox inbox, Member member, Bytes payload) {
    try (RawPeer peer = RawPeer.connect(member.tls(), node.boundPort())) {
      peer.handshake();
      peer.hello(c.genesis, member.keys().publicKey());
      peer.frame(Channel.CONSENSUS.code(), payload);
      await()
          .atMost(WAIT)
          .until(() -> inbox.has(member.id(), Channel.CONSENSUS, payload) || !peer.isOpen());
      return inbox.has(member.id(), Channel.CONSENSUS, payload);
    }
  }

  private interface Misbehaviour {
    void apply(Consortium c, RawPeer peer);
  }

  private static void assertBanned(BanReason reason, Misbehaviour misbehaviour) {
    try (Consortium c = new Consortium(2, 20 + reason.ordinal())) {
      Inbox inbox = new Inbox();
      NettyPeerNetwork node = c.start(c.member(1), inbox);
      Member offender = c.member(0);
      try (RawPeer peer = connectAndHello(c, node, offender)) {
        misbehaviour.apply(c, peer);
        await().atMost(WAIT).until(() -> !peer.isOpen());
      }
      // The client sees its socket close before the node has finished tearing the link down.
      await().atMost(WAIT).until(() -> node.connectedPeers().isEmpty());
      await().atMost(WAIT).until(() -> !inbox.disconnected.isEmpty());
      assertThat(node.stats().bans(reason)).isEqualTo(1);
      assertThat(inbox.disconnected).containsExactly(offender.id());
      // Banned: a well-behaved reconnect is still refused.
      try (RawPeer again = connectAndHello(c, node, offender, false)) {
        await().atMost(WAIT).until(() -> !again.isOpen());
      }
      assertThat(node.stats().refusedWhileBanned()).isGreaterThanOrEqualTo(1);
      assertThat(inbox.connected).containsExactly(offender.id());
    }
  }

  private static RawPeer connectAndHello(Consortium c, NettyPeerNetwork node, Member member) {
    return connectAndHello(c, node, member, true);
  }

  private static RawPeer connectAndHello(
      Consortium c, NettyPeerNetwork node, Member member, boolean expectConnected) {
    RawPeer peer = RawPeer.connect(member.tls(), node.boundPort());
    assertThat(peer.handshake()).isTrue();
    peer.hello(c.genesis, member.keys().publicKey());
    if (expectConnected) {
      await().atMost(WAIT).until(() -> node.connectedPeers().contains(member.id()));
    }
    return peer;
  }
}
