package org.silkchain.crypto.envelope;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.SuiteId;

/**
 * An envelope's data key, encrypted to one recipient. The size of {@code wrapped} is fixed by the
 * recipient's suite: ED25519 {@code ephemeral X25519 key (32) || AES-256-GCM(data key) (32 + 16)};
 * SM2_SM3 the SM2 ciphertext {@code C1 (65) || C3 (32) || C2 (16)}.
 */
public record WrappedKey(EncryptionPublicKey recipient, Bytes wrapped) {
  static final int X25519_SIZE = 80;
  static final int SM2_SIZE = 113;
  private static final int MAX_SIZE = 128;

  public static final Codec<WrappedKey> CODEC =
      new Codec<>() {
        @Override
        public void encode(WrappedKey value, CanonicalWriter out) {
          EncryptionPublicKey.CODEC.encode(value.recipient, out);
          out.bytes(value.wrapped);
        }

        @Override
        public WrappedKey decode(CanonicalReader in) {
          EncryptionPublicKey recipient = EncryptionPublicKey.CODEC.decode(in);
          Bytes wrapped = in.bytes("wrappedKey.bytes", MAX_SIZE);
          if (wrapped.size() != sizeFor(recipient.suite())) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE,
                "wrappedKey.bytes: "
                    + wrapped.size()
                    + " bytes for a "
                    + recipient.suite()
                    + " key");
          }
          return new WrappedKey(recipient, wrapped);
        }
      };

  public WrappedKey {
    if (wrapped.size() != sizeFor(recipient.suite())) {
      throw new IllegalArgumentException(
          "a " + recipient.suite() + " wrapped key has " + sizeFor(recipient.suite()) + " bytes");
    }
  }

  static int sizeFor(SuiteId suite) {
    return switch (suite) {
      case ED25519 -> X25519_SIZE;
      case SM2_SM3 -> SM2_SIZE;
    };
  }
}
