package org.silkchain.crypto.envelope;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Sm2Curve;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.X25519;

/**
 * A public key that payloads are encrypted to, kept apart from signing keys so that no key serves
 * two schemes. ED25519 suite: a 32-byte X25519 u-coordinate. SM2_SM3 suite: a 33-byte compressed
 * SM2 point. Construction checks only the length; {@link EnvelopeCipher#seal} rejects a key that is
 * not a usable point.
 */
public record EncryptionPublicKey(SuiteId suite, Bytes bytes)
    implements Comparable<EncryptionPublicKey> {

  /** Suite code then the fixed-size key; nested in other encodings, so it has no header. */
  public static final Codec<EncryptionPublicKey> CODEC =
      new Codec<>() {
        @Override
        public void encode(EncryptionPublicKey key, CanonicalWriter out) {
          out.u8(key.suite.code()).fixed(key.bytes, sizeOf(key.suite));
        }

        @Override
        public EncryptionPublicKey decode(CanonicalReader in) {
          SuiteId suite = SuiteId.fromCode(in.u8("encryptionKey.suite"));
          return new EncryptionPublicKey(suite, in.fixed("encryptionKey.bytes", sizeOf(suite)));
        }
      };

  public EncryptionPublicKey {
    if (bytes.size() != sizeOf(suite)) {
      throw new IllegalArgumentException(
          suite + " encryption key has " + sizeOf(suite) + " bytes, got " + bytes.size());
    }
  }

  public static int sizeOf(SuiteId suite) {
    return switch (suite) {
      case ED25519 -> X25519.KEY_SIZE;
      case SM2_SM3 -> Sm2Curve.COMPRESSED_POINT_SIZE;
    };
  }

  @Override
  public int compareTo(EncryptionPublicKey other) {
    int c = Integer.compare(suite.code(), other.suite.code());
    return c != 0 ? c : bytes.compareTo(other.bytes);
  }

  @Override
  public String toString() {
    return suite + "-enc:" + bytes.toHex();
  }
}
