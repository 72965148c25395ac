package org.silkchain.trade.messages;

import java.nio.charset.StandardCharsets;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * What a message says: free-format UTF-8 text in any language, as sealed (never on chain in the
 * clear). At most {@value #MAX_BYTES} bytes, so that the sealed message fits a transaction (64 KiB)
 * with room for the envelope.
 */
public record MessageBody(String text) {
  public static final int TYPE_TAG = 0x0DC5;
  public static final int MAX_BYTES = 32 * 1024;

  public static final Codec<MessageBody> CODEC =
      new Codec<>() {
        @Override
        public void encode(MessageBody b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(b.text);
        }

        @Override
        public MessageBody decode(CanonicalReader in) {
          in.header("messageBody", TYPE_TAG, 1);
          String text = in.string("messageBody.text", MAX_BYTES);
          if (text.isEmpty()) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "messageBody: empty");
          }
          return new MessageBody(text);
        }
      };

  public MessageBody {
    if (text.isEmpty() || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("a message has 1.." + MAX_BYTES + " UTF-8 bytes");
    }
  }
}
