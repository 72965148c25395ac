package org.silkchain.trade.messages;

import java.util.Optional;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.module.Fields;

/**
 * What a message is about: an on-chain object by id (a letter of credit, a payment) or a reference
 * text as banks exchange them (an L/C number, an ISO 20022 end-to-end id: up to 35 characters of
 * {@code A-Z a-z 0-9 / - . _ :}). Exactly one of the two. The reference is public metadata, so it
 * should not itself say anything confidential.
 */
public record MessageReference(Optional<Hash> id, Optional<String> text) {
  public static final int TYPE_TAG = 0x0DC3;
  static final Pattern TEXT = Pattern.compile("[A-Za-z0-9/._:-]{1,35}");
  private static final Codec<String> TEXT_CODEC = Fields.string("reference.text", 35, TEXT);

  public static final Codec<MessageReference> CODEC =
      new Codec<>() {
        @Override
        public void encode(MessageReference r, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          if (r.id.isPresent()) {
            out.u8(1);
            Hash.CODEC.encode(r.id.get(), out);
          } else {
            out.u8(2);
            TEXT_CODEC.encode(r.text.orElseThrow(), out);
          }
        }

        @Override
        public MessageReference decode(CanonicalReader in) {
          in.header("reference", TYPE_TAG, 1);
          int kind = in.u8("reference.kind");
          return switch (kind) {
            case 1 -> of(Hash.CODEC.decode(in));
            case 2 -> of(TEXT_CODEC.decode(in));
            default ->
                throw new DecodeException(
                    DecodeException.Reason.INVALID_VALUE, "reference.kind: " + kind);
          };
        }
      };

  public MessageReference {
    if (id.isPresent() == text.isPresent()) {
      throw new IllegalArgumentException("a reference is an id or a text, exactly one");
    }
    if (text.isPresent() && !TEXT.matcher(text.get()).matches()) {
      throw new IllegalArgumentException("invalid reference text " + text.get());
    }
  }

  public static MessageReference of(Hash id) {
    return new MessageReference(Optional.of(id), Optional.empty());
  }

  public static MessageReference of(String text) {
    return new MessageReference(Optional.empty(), Optional.of(text));
  }

  @Override
  public String toString() {
    return id.map(Hash::toHex).orElseGet(text::orElseThrow);
  }
}
