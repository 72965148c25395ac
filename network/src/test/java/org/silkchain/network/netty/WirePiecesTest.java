package org.silkchain.network.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;
import org.silkchain.network.Channel;
import org.silkchain.network.PeerId;

/** The small parts of the protocol: frame header, control messages, token bucket, bans. */
class WirePiecesTest {
  private static final PublicKey KEY =
      new PublicKey(SuiteId.SM2_SM3, Bytes.fromHex("02" + "11".repeat(32)));

  @Test
  void frameIsLengthThenChannelThenPayload() {
    ByteBuf frame = Frames.encode(Channel.SYNC, Bytes.fromHex("aabbcc"));
    assertThat(ByteBufUtil.hexDump(frame)).isEqualTo("0000000403aabbcc");
    frame.release();
    ByteBuf empty = Frames.encode(Channel.CONSENSUS, Bytes.EMPTY);
    assertThat(ByteBufUtil.hexDump(empty)).isEqualTo("0000000101");
    empty.release();
  }

  @Test
  void helloEncodingIsFixedAndRoundTrips() {
    Hash genesis = Hash.fromHex("ab".repeat(32));
    ControlMessage.Hello hello = new ControlMessage.Hello(1, genesis, KEY);
    Bytes encoded = ControlMessage.encode(hello);
    assertThat(encoded.toHex())
        .isEqualTo("01" + "0001" + "ab".repeat(32) + "02" + "02" + "11".repeat(32));
    assertThat(ControlMessage.decode(encoded)).isEqualTo(hello);
    assertThat(ControlMessage.decode(ControlMessage.encode(new ControlMessage.Ping())))
        .isEqualTo(new ControlMessage.Ping());
  }

  @Test
  void malformedControlMessagesAreRejectedWithAReason() {
    Bytes hello = ControlMessage.encode(new ControlMessage.Hello(1, Hash.ZERO, KEY));
    assertThat(reason(hello.concat(Bytes.of((byte) 0))))
        .isEqualTo(DecodeException.Reason.TRAILING_BYTES);
    assertThat(reason(hello.slice(0, hello.size() - 1)))
        .isEqualTo(DecodeException.Reason.TRUNCATED);
    assertThat(reason(Bytes.of((byte) 7))).isEqualTo(DecodeException.Reason.UNKNOWN_TAG);
    assertThat(reason(Bytes.EMPTY)).isEqualTo(DecodeException.Reason.TRUNCATED);
    assertThat(reason(Bytes.of((byte) 2, (byte) 0)))
        .isEqualTo(DecodeException.Reason.TRAILING_BYTES);
  }

  private static DecodeException.Reason reason(Bytes payload) {
    try {
      ControlMessage.decode(payload);
    } catch (DecodeException e) {
      return e.reason();
    }
    throw new AssertionError("decoded " + payload);
  }

  @Test
  void tokenBucketAllowsItsRateAndBurstAndNoMore() {
    long second = 1_000_000_000L;
    TokenBucket bucket = new TokenBucket(10, 10, 0);
    for (int i = 0; i < 10; i++) {
      assertThat(bucket.tryTake(1, 0)).isTrue();
    }
    assertThat(bucket.tryTake(1, 0)).isFalse();
    assertThat(bucket.tryTake(1, second / 10)).isTrue();
    assertThat(bucket.tryTake(1, second / 10)).isFalse();
    // A long quiet spell refills to capacity, not beyond.
    assertThat(bucket.tryTake(10, 1_000 * second)).isTrue();
    assertThat(bucket.tryTake(1, 1_000 * second)).isFalse();
    TokenBucket bytes = new TokenBucket(100, 1_000, 0);
    assertThat(bytes.tryTake(1_001, 0)).isFalse();
    assertThat(bytes.tryTake(1_000, 0)).isTrue();
    assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bansExpire() {
    AtomicLong now = new AtomicLong(5);
    BanList bans = new BanList(100, now::get);
    PeerId peer = new PeerId(KEY);
    assertThat(bans.isBanned(peer)).isFalse();
    bans.ban(peer);
    now.set(104);
    assertThat(bans.remainingNanos(peer)).isEqualTo(1);
    now.set(105);
    assertThat(bans.isBanned(peer)).isFalse();
  }
}
