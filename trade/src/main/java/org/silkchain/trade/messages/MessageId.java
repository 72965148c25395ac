package org.silkchain.trade.messages;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * Names a message by its id (the id of the transaction that sent it): body of {@code
 * messages/acknowledge} and request of the per-message queries.
 */
public record MessageId(Hash id) {
  public static final int TYPE_TAG = 0x0DC2;

  public static final Codec<MessageId> CODEC =
      new Codec<>() {
        @Override
        public void encode(MessageId m, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(m.id, out);
        }

        @Override
        public MessageId decode(CanonicalReader in) {
          in.header("messageId", TYPE_TAG, 1);
          return new MessageId(Hash.CODEC.decode(in));
        }
      };

  public MessageId {
    Objects.requireNonNull(id, "id");
  }
}
