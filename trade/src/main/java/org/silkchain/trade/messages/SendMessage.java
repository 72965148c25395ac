package org.silkchain.trade.messages;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.confidential.Sealed;

/**
 * Body of {@code messages/send}: a {@link MessageBody} sealed to the sender, {@code recipient} and
 * the regulators mandated for their jurisdictions, about {@code reference}.
 */
public record SendMessage(AccountId recipient, MessageReference reference, Sealed content) {
  public static final int TYPE_TAG = 0x0DC1;

  public static final Codec<SendMessage> CODEC =
      new Codec<>() {
        @Override
        public void encode(SendMessage b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(b.recipient, out);
          MessageReference.CODEC.encode(b.reference, out);
          Sealed.CODEC.encode(b.content, out);
        }

        @Override
        public SendMessage decode(CanonicalReader in) {
          in.header("sendMessage", TYPE_TAG, 1);
          return new SendMessage(
              AccountId.CODEC.decode(in),
              MessageReference.CODEC.decode(in),
              Sealed.CODEC.decode(in));
        }
      };

  public SendMessage {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(content, "content");
  }
}
