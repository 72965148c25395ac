package org.silkchain.crypto.envelope;

import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.codec.DecodeException.Reason;
import org.silkchain.crypto.Aead;
import org.silkchain.crypto.SuiteId;

/**
 * A confidential payload: {@code ciphertext} (payload then 16-byte tag) under a random data key and
 * {@code nonce}, and that data key wrapped to each recipient. Made by {@link EnvelopeCipher#seal}.
 *
 * <p>Invariants: at least one and at most {@value #MAX_RECIPIENTS} wrapped keys, all of the
 * envelope's suite, in strictly ascending order of recipient key (so one per recipient, and one
 * encoding per envelope).
 */
public record Envelope(SuiteId suite, Bytes nonce, Bytes ciphertext, List<WrappedKey> wrappedKeys) {
  public static final int TYPE_TAG = 0x0201;
  public static final int VERSION = 1;
  public static final int MAX_RECIPIENTS = 1024;
  public static final int MAX_PLAINTEXT = 64 << 20;

  public static final Codec<Envelope> CODEC =
      new Codec<>() {
        @Override
        public void encode(Envelope value, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION)
              .u8(value.suite.code())
              .fixed(value.nonce, Aead.NONCE_SIZE)
              .list(value.wrappedKeys, WrappedKey.CODEC)
              .bytes(value.ciphertext);
        }

        @Override
        public Envelope decode(CanonicalReader in) {
          in.header("envelope", TYPE_TAG, VERSION);
          SuiteId suite = SuiteId.fromCode(in.u8("envelope.suite"));
          Bytes nonce = in.fixed("envelope.nonce", Aead.NONCE_SIZE);
          List<WrappedKey> keys = in.list("envelope.wrappedKeys", MAX_RECIPIENTS, WrappedKey.CODEC);
          if (keys.isEmpty()) {
            throw new DecodeException(Reason.INVALID_VALUE, "envelope.wrappedKeys: none");
          }
          for (int i = 0; i < keys.size(); i++) {
            EncryptionPublicKey recipient = keys.get(i).recipient();
            if (recipient.suite() != suite) {
              throw new DecodeException(
                  Reason.INVALID_VALUE,
                  "envelope.wrappedKeys[" + i + "]: suite " + recipient.suite());
            }
            if (i > 0) {
              int c = keys.get(i - 1).recipient().compareTo(recipient);
              if (c == 0) {
                throw new DecodeException(Reason.DUPLICATE, "envelope.wrappedKeys[" + i + "]");
              }
              if (c > 0) {
                throw new DecodeException(Reason.NOT_SORTED, "envelope.wrappedKeys[" + i + "]");
              }
            }
          }
          Bytes ciphertext = in.bytes("envelope.ciphertext", MAX_PLAINTEXT + Aead.TAG_SIZE);
          if (ciphertext.size() < Aead.TAG_SIZE) {
            throw new DecodeException(
                Reason.INVALID_VALUE, "envelope.ciphertext: shorter than the tag");
          }
          return new Envelope(suite, nonce, ciphertext, keys);
        }
      };

  public Envelope {
    wrappedKeys = List.copyOf(wrappedKeys);
    if (nonce.size() != Aead.NONCE_SIZE) {
      throw new IllegalArgumentException("envelope nonce has " + Aead.NONCE_SIZE + " bytes");
    }
    if (ciphertext.size() < Aead.TAG_SIZE || ciphertext.size() > MAX_PLAINTEXT + Aead.TAG_SIZE) {
      throw new IllegalArgumentException("envelope ciphertext size " + ciphertext.size());
    }
    if (wrappedKeys.isEmpty() || wrappedKeys.size() > MAX_RECIPIENTS) {
      throw new IllegalArgumentException(
          "an envelope has 1.." + MAX_RECIPIENTS + " recipients, got " + wrappedKeys.size());
    }
    for (int i = 0; i < wrappedKeys.size(); i++) {
      EncryptionPublicKey recipient = wrappedKeys.get(i).recipient();
      if (recipient.suite() != suite) {
        throw new IllegalArgumentException(
            "recipient " + i + " is a " + recipient.suite() + " key");
      }
      if (i > 0 && wrappedKeys.get(i - 1).recipient().compareTo(recipient) >= 0) {
        throw new IllegalArgumentException("wrapped keys must be strictly ascending by recipient");
      }
    }
  }

  /** The recipients, ascending. */
  public List<EncryptionPublicKey> recipients() {
    return wrappedKeys.stream().map(WrappedKey::recipient).toList();
  }

  @Override
  public String toString() {
    return "Envelope["
        + suite
        + ", "
        + wrappedKeys.size()
        + " recipients, "
        + (ciphertext.size() - Aead.TAG_SIZE)
        + " payload bytes]";
  }
}
