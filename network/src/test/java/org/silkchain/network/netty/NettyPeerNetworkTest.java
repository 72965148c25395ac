package org.silkchain.network.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.network.BanReason;
import org.silkchain.network.Channel;
import org.silkchain.network.PeerId;

/** Real nodes on 127.0.0.1 talking to each other. */
class NettyPeerNetworkTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void threeNodesConnectAndExchangeOnEveryChannel() {
    try (Consortium c = new Consortium(3, 1)) {
      Inbox[] inboxes = {new Inbox(), new Inbox(), new Inbox()};
      NettyPeerNetwork[] nodes = new NettyPeerNetwork[3];
      for (int i = 2; i >= 0; i--) {
        nodes[i] = c.start(c.member(i), inboxes[i]);
      }
      PeerId[] ids = {c.member(0).id(), c.member(1).id(), c.member(2).id()};
      for (int i = 0; i < 3; i++) {
        int self = i;
        Set<PeerId> others = Set.of(ids[(self + 1) % 3], ids[(self + 2) % 3]);
        await().atMost(WAIT).until(() -> nodes[self].connectedPeers().equals(others));
        assertThat(inboxes[self].connected).containsExactlyInAnyOrderElementsOf(others);
      }

      for (int i = 0; i < 3; i++) {
        for (Channel channel : List.of(Channel.CONSENSUS, Channel.TRANSACTIONS, Channel.SYNC)) {
          nodes[i].broadcast(channel, Bytes.utf8("broadcast " + i + " " + channel));
        }
      }
      // A large payload crosses many TLS records and reassembles into one frame.
      Bytes block = Bytes.wrap(new byte[1024 * 1024 + 17]);
      assertThat(nodes[0].send(ids[2], Channel.SYNC, block)).isTrue();
      assertThat(nodes[1].send(ids[0], Channel.CONSENSUS, Bytes.utf8("direct"))).isTrue();

      for (int to = 0; to < 3; to++) {
        for (int from = 0; from < 3; from++) {
          if (from == to) {
            continue;
          }
          for (Channel channel : List.of(Channel.CONSENSUS, Channel.TRANSACTIONS, Channel.SYNC)) {
            Bytes payload = Bytes.utf8("broadcast " + from + " " + channel);
            PeerId sender = ids[from];
            Inbox inbox = inboxes[to];
            await().atMost(WAIT).until(() -> inbox.has(sender, channel, payload));
          }
        }
      }
      await().atMost(WAIT).until(() -> inboxes[2].has(ids[0], Channel.SYNC, block));
      await()
          .atMost(WAIT)
          .until(() -> inboxes[0].has(ids[1], Channel.CONSENSUS, Bytes.utf8("direct")));
      // Directed messages reach only their addressee; nothing from a node reaches itself.
      assertThat(inboxes[1].from(ids[0])).noneMatch(m -> m.payload().equals(block));
      assertThat(inboxes[2].from(ids[1])).noneMatch(m -> m.payload().equals(Bytes.utf8("direct")));
      for (int i = 0; i < 3; i++) {
        assertThat(inboxes[i].from(ids[i])).isEmpty();
        assertThat(inboxes[i].messages).noneMatch(m -> m.channel() == Channel.CONTROL);
      }
      assertThat(nodes[0].stats().framesOut()).isGreaterThanOrEqualTo(7);
      assertThat(nodes[2].stats().bytesIn()).isGreaterThan(block.size());
      assertThat(nodes[0].stats().connectedPeers()).isEqualTo(2);
    }
  }

  @Test
  void applicationCannotUseTheControlChannelNorOversizedPayloads() {
    try (Consortium c = new Consortium(2, 2)) {
      NettyPeerNetwork b = c.start(c.member(1), new Inbox());
      NettyPeerNetwork a = c.start(c.member(0), new Inbox());
      PeerId bId = c.member(1).id();
      await().atMost(WAIT).until(() -> a.connectedPeers().contains(bId));
      assertThatThrownBy(() -> a.send(bId, Channel.CONTROL, Bytes.EMPTY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("CONTROL");
      assertThatThrownBy(() -> a.broadcast(Channel.CONTROL, Bytes.EMPTY))
          .isInstanceOf(IllegalArgumentException.class);
      Bytes tooBig = Bytes.wrap(new byte[c.limits.maxFrameBytes()]);
      assertThat(a.send(bId, Channel.SYNC, tooBig)).isFalse();
      assertThat(a.stats().droppedOutbound()).isEqualTo(1);
      assertThat(a.send(bId, Channel.SYNC, tooBig.slice(1, tooBig.size()))).isTrue();
      assertThat(b.boundPort()).isPositive();
    }
  }

  @Test
  void restartedPeerIsReconnected() {
    try (Consortium c = new Consortium(2, 3)) {
      // Restart the larger id (redialed by the other) and then the smaller (dials by itself).
      Inbox[] inboxes = {new Inbox(), new Inbox()};
      NettyPeerNetwork[] nodes = new NettyPeerNetwork[2];
      nodes[1] = c.start(c.member(1), inboxes[1]);
      nodes[0] = c.start(c.member(0), inboxes[0]);
      for (int restarted : new int[] {1, 0}) {
        int other = 1 - restarted;
        PeerId restartedId = c.member(restarted).id();
        await().atMost(WAIT).until(() -> nodes[other].connectedPeers().contains(restartedId));
        int port = nodes[restarted].boundPort();
        nodes[restarted].close();
        await().atMost(WAIT).until(() -> nodes[other].connectedPeers().isEmpty());
        await().atMost(WAIT).until(() -> inboxes[other].disconnected.contains(restartedId));

        Inbox fresh = new Inbox();
        inboxes[restarted] = fresh;
        nodes[restarted] = c.start(c.member(restarted), fresh);
        assertThat(nodes[restarted].boundPort()).isEqualTo(port);
        await().atMost(WAIT).until(() -> nodes[other].connectedPeers().contains(restartedId));
        await().atMost(WAIT).until(() -> !nodes[restarted].connectedPeers().isEmpty());
        Bytes hello = Bytes.utf8("welcome back");
        assertThat(nodes[other].send(restartedId, Channel.CONSENSUS, hello)).isTrue();
        PeerId otherId = c.member(other).id();
        await().atMost(WAIT).until(() -> fresh.has(otherId, Channel.CONSENSUS, hello));
      }
    }
  }

  @Test
  void penalizedPeerIsDisconnectedAndRefusedUntilTheBanEnds() {
    for (int penalizer : new int[] {0, 1}) {
      try (Consortium c = new Consortium(2, 4)) {
        // Long enough that a loaded machine still observes the ban window below.
        c.limits = Consortium.limits(Duration.ofMillis(5000));
        Inbox[] inboxes = {new Inbox(), new Inbox()};
        NettyPeerNetwork[] nodes = new NettyPeerNetwork[2];
        nodes[1] = c.start(c.member(1), inboxes[1]);
        nodes[0] = c.start(c.member(0), inboxes[0]);
        int offender = 1 - penalizer;
        PeerId offenderId = c.member(offender).id();
        await().atMost(WAIT).until(() -> nodes[penalizer].connectedPeers().contains(offenderId));

        nodes[penalizer].penalize(offenderId, "invalid vote signature");
        await().atMost(WAIT).until(() -> nodes[penalizer].connectedPeers().isEmpty());
        assertThat(nodes[penalizer].stats().bans(BanReason.PENALIZED)).isEqualTo(1);
        await().atMost(WAIT).until(() -> !inboxes[penalizer].disconnected.isEmpty());
        assertThat(inboxes[penalizer].disconnected).containsExactly(offenderId);
        // Neither side's redial gets through while the ban lasts...
        await()
            .during(Duration.ofMillis(1000))
            .atMost(Duration.ofMillis(1500))
            .until(() -> nodes[penalizer].connectedPeers().isEmpty());
        // ...and the link comes back once it is over.
        await().atMost(WAIT).until(() -> nodes[penalizer].connectedPeers().contains(offenderId));
        assertThat(inboxes[penalizer].connected).containsExactly(offenderId, offenderId);
      }
    }
  }

  @Test
  void peerWithAnotherGenesisIsRefused() {
    try (Consortium c = new Consortium(2, 5)) {
      Inbox[] inboxes = {new Inbox(), new Inbox()};
      Hash otherGenesis = Hash.fromHex("07".repeat(32));
      assertThat(otherGenesis).isNotEqualTo(c.genesis);
      NettyPeerNetwork b = c.start(c.config(c.member(1), 0, otherGenesis), inboxes[1]);
      NettyPeerNetwork a = c.start(c.member(0), inboxes[0]);
      await().atMost(WAIT).until(() -> a.stats().bans(BanReason.GENESIS_MISMATCH) >= 1);
      await().atMost(WAIT).until(() -> b.stats().bans(BanReason.GENESIS_MISMATCH) >= 1);
      a.broadcast(Channel.CONSENSUS, Bytes.utf8("x"));
      assertThat(a.connectedPeers()).isEmpty();
      assertThat(b.connectedPeers()).isEmpty();
      assertThat(inboxes[0].connected).isEmpty();
      assertThat(inboxes[1].connected).isEmpty();
      assertThat(inboxes[1].messages).isEmpty();
    }
  }

  @Test
  void aStalledPeerFillsItsQueueAndFurtherMessagesAreDroppedWithoutBlocking() {
    try (Consortium c = new Consortium(2, 6)) {
      c.limits =
          new org.silkchain.network.NetworkLimits(
              2 * 1024 * 1024,
              50,
              2_000,
              64 * 1024 * 1024,
              Duration.ofSeconds(1),
              Duration.ofMillis(50),
              Duration.ofMillis(400),
              Duration.ofSeconds(3));
      Member stalled = c.member(0);
      // The node does not dial the stalled member (no address): the member dials in.
      NettyPeerNetwork node = c.start(c.member(1), new Inbox());
      try (RawPeer peer = RawPeer.connect(stalled.tls(), node.boundPort())) {
        assertThat(peer.handshake()).isTrue();
        peer.hello(c.genesis, stalled.keys().publicKey());
        await().atMost(WAIT).until(() -> node.connectedPeers().contains(stalled.id()));
        peer.stopReading();

        Bytes payload = Bytes.wrap(new byte[64 * 1024]);
        int accepted = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
          if (node.send(stalled.id(), Channel.SYNC, payload)) {
            accepted++;
          }
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMillis).as("send never blocks").isLessThan(5_000);
        assertThat(node.queuedMessages(stalled.id())).isLessThanOrEqualTo(50);
        // Socket buffers take some; the rest beyond 50 queued is dropped and counted.
        assertThat(accepted).isLessThan(2_000);
        assertThat(node.stats().droppedOutbound()).isEqualTo(2_000 - accepted);
        assertThat(node.connectedPeers()).contains(stalled.id());
      }
    }
  }
}
