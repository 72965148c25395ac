package org.silkchain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;

class NetworkValuesTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  private static PeerId peer(int first) {
    byte[] key = new byte[32];
    key[0] = (byte) first;
    return new PeerId(new PublicKey(SuiteId.ED25519, Bytes.wrap(key)));
  }

  @Test
  void channelCodesRoundTripAndUnknownCodesAreRejected() {
    for (Channel channel : Channel.values()) {
      assertThat(Channel.fromCode(channel.code())).isEqualTo(channel);
    }
    assertThat(Channel.CONSENSUS.code()).isEqualTo(1);
    assertThat(Channel.CONTROL.code()).isEqualTo(4);
    assertThatThrownBy(() -> Channel.fromCode(0))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.UNKNOWN_TAG));
    assertThatThrownBy(() -> Channel.fromCode(5)).isInstanceOf(DecodeException.class);
  }

  @Test
  void peerIdsOrderByKeyAndPrintShort() {
    assertThat(peer(1)).isLessThan(peer(2));
    assertThat(peer(0xab).toString()).isEqualTo("ab000000");
  }

  @Test
  void defaultsFitASeventeenMegabyteBlock() {
    NetworkLimits limits = NetworkLimits.defaults();
    assertThat(limits.maxFrameBytes()).isGreaterThan(17 * 1024 * 1024);
    assertThat(limits.maxOutboundQueuedBytes()).isGreaterThanOrEqualTo(2L * limits.maxFrameBytes());
    assertThat(limits.banDuration()).isEqualTo(Duration.ofSeconds(60));
    assertThatThrownBy(
            () ->
                new NetworkLimits(
                    1 << 20,
                    10,
                    10,
                    10,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)))
        .hasMessageContaining("reconnectMaxBackoff");
    assertThatThrownBy(
            () ->
                new NetworkLimits(
                    1 << 20,
                    0,
                    10,
                    10,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)))
        .hasMessageContaining("maxOutboundQueuedMessages");
    assertThatThrownBy(
            () ->
                new NetworkLimits(
                    16,
                    10,
                    10,
                    10,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)))
        .hasMessageContaining("maxFrameBytes");
  }

  @Test
  void configRequiresAPinnedCertificateForEveryPeerAndDistinctPins() {
    TlsIdentity identity = TlsIdentity.generate("n", RANDOM);
    Bytes pin = identity.certificateFingerprint();
    Bytes otherPin = Bytes.wrap(new byte[32]);
    PeerId self = peer(1);
    PeerId other = peer(2);
    List<PeerAddress> peers =
        List.of(new PeerAddress(self, "127.0.0.1", 1), new PeerAddress(other, "127.0.0.1", 2));
    NetworkConfig ok =
        new NetworkConfig(
            self,
            "127.0.0.1",
            0,
            peers,
            Hash.ZERO,
            identity,
            Map.of(self, pin, other, otherPin),
            NetworkLimits.defaults());
    assertThat(ok.peers()).hasSize(2);
    assertThatThrownBy(
            () ->
                new NetworkConfig(
                    self,
                    "127.0.0.1",
                    0,
                    peers,
                    Hash.ZERO,
                    identity,
                    Map.of(self, pin),
                    NetworkLimits.defaults()))
        .hasMessageContaining("has no trusted certificate");
    assertThatThrownBy(
            () ->
                new NetworkConfig(
                    self,
                    "127.0.0.1",
                    0,
                    peers,
                    Hash.ZERO,
                    identity,
                    Map.of(self, pin, other, pin),
                    NetworkLimits.defaults()))
        .hasMessageContaining("pinned for two nodes");
    assertThatThrownBy(
            () ->
                new NetworkConfig(
                    self,
                    "127.0.0.1",
                    0,
                    List.of(),
                    Hash.ZERO,
                    identity,
                    Map.of(self, pin.slice(0, 20)),
                    NetworkLimits.defaults()))
        .hasMessageContaining("not 32 bytes");
  }
}
