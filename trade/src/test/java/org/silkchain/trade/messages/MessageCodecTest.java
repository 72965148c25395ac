package org.silkchain.trade.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.confidential.Sealer;

class MessageCodecTest {
  private final Sealer sealer = new Sealer(TradeChain.SUITE.hash(), new SecureRandom());
  private final Hash h = TradeChain.SUITE.hash().digest(Bytes.utf8("x"));

  @Test
  void bodiesAndRecordsRoundTripAndMutantsFailOnlyWithDecodeException() {
    var send =
        new SendMessage(
            org.silkchain.ledger.transaction.AccountId.derive(
                TradeChain.SUITE.hash(), Bytes.utf8("bank")),
            MessageReference.of("LC-1"),
            sealer.seal(
                MessageBody.CODEC,
                new MessageBody("审核单据"),
                List.of(TradeChain.encryptionKey("a").publicKey())));
    var message =
        new Message(
            h,
            send.recipient(),
            send.recipient(),
            MessageReference.of(h),
            h,
            3,
            4,
            Optional.of(5L),
            Optional.of(6L));
    check(SendMessage.CODEC, send);
    check(Message.CODEC, message);
    check(MessageBody.CODEC, new MessageBody("请于五个银行工作日内审核单据。"));
    check(MessageReference.CODEC, MessageReference.of("FT/2026.11-25:42"));
  }

  private static <T> void check(Codec<T> codec, T value) {
    Bytes good = codec.encode(value);
    assertThat(codec.decode(good)).isEqualTo(value);
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      byte[] bad = good.toArray();
      bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
      int cut = random.nextInt(3) == 0 ? random.nextInt(bad.length) : bad.length;
      Bytes input = Bytes.of(bad, 0, cut);
      try {
        assertThat(codec.encode(codec.decode(input))).isEqualTo(input);
      } catch (DecodeException expected) {
        // the only failure a decoder may throw
      }
    }
  }
}
