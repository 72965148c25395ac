package org.silkchain.trade.messages;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * A bank-to-bank message as the chain records it: who sent it to whom, about what, when, the
 * commitment to its content, and when the recipient acknowledged receipt ({@code deliveredAt*}
 * empty while it is only sent). The content itself is in the sealed copy beside it.
 */
public record Message(
    Hash id,
    AccountId sender,
    AccountId recipient,
    MessageReference reference,
    Hash commitment,
    long sentAtHeight,
    long sentAtMillis,
    Optional<Long> deliveredAtHeight,
    Optional<Long> deliveredAtMillis) {
  public static final int TYPE_TAG = 0x0DC0;

  /** Where a message is in its life. */
  public enum Status {
    SENT,
    DELIVERED
  }

  /** The answer of the {@code status} query. */
  public static final Codec<Status> STATUS_CODEC =
      new Codec<>() {
        @Override
        public void encode(Status s, CanonicalWriter out) {
          out.header(0x0DC4, 1).u8(s.ordinal());
        }

        @Override
        public Status decode(CanonicalReader in) {
          in.header("messageStatus", 0x0DC4, 1);
          int code = in.u8("messageStatus");
          if (code >= Status.values().length) {
            throw new org.silkchain.codec.DecodeException(
                org.silkchain.codec.DecodeException.Reason.INVALID_VALUE, "messageStatus: " + code);
          }
          return Status.values()[code];
        }
      };

  public static final Codec<Message> CODEC =
      new Codec<>() {
        @Override
        public void encode(Message m, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(m.id, out);
          AccountId.CODEC.encode(m.sender, out);
          AccountId.CODEC.encode(m.recipient, out);
          MessageReference.CODEC.encode(m.reference, out);
          Hash.CODEC.encode(m.commitment, out);
          out.u63(m.sentAtHeight).u63(m.sentAtMillis);
          out.optional(m.deliveredAtHeight, Fields.U63).optional(m.deliveredAtMillis, Fields.U63);
        }

        @Override
        public Message decode(CanonicalReader in) {
          in.header("message", TYPE_TAG, 1);
          Hash id = Hash.CODEC.decode(in);
          AccountId sender = AccountId.CODEC.decode(in);
          AccountId recipient = AccountId.CODEC.decode(in);
          MessageReference reference = MessageReference.CODEC.decode(in);
          Hash commitment = Hash.CODEC.decode(in);
          long height = in.u63("message.sentAtHeight");
          long time = in.u63("message.sentAtMillis");
          Optional<Long> deliveredHeight = in.optional("message.deliveredAtHeight", Fields.U63);
          Optional<Long> deliveredTime = in.optional("message.deliveredAtMillis", Fields.U63);
          if (deliveredHeight.isPresent() != deliveredTime.isPresent()) {
            throw new org.silkchain.codec.DecodeException(
                org.silkchain.codec.DecodeException.Reason.INVALID_VALUE,
                "message.delivered: height and time go together");
          }
          return new Message(
              id,
              sender,
              recipient,
              reference,
              commitment,
              height,
              time,
              deliveredHeight,
              deliveredTime);
        }
      };

  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(commitment, "commitment");
    if (deliveredAtHeight.isPresent() != deliveredAtMillis.isPresent()) {
      throw new IllegalArgumentException("delivery height and time go together");
    }
  }

  public Status status() {
    return deliveredAtHeight.isPresent() ? Status.DELIVERED : Status.SENT;
  }

  Message delivered(long height, long timeMillis) {
    return new Message(
        id,
        sender,
        recipient,
        reference,
        commitment,
        sentAtHeight,
        sentAtMillis,
        Optional.of(height),
        Optional.of(timeMillis));
  }
}
