package org.silkchain.crypto;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * A public signing key of one suite. Ed25519: the 32-byte RFC 8032 encoding. SM2: the 33-byte
 * compressed SEC1 point. Construction checks only the length; {@link SignatureSuite#publicKey}
 * checks that the point is valid.
 */
public record PublicKey(SuiteId suite, Bytes bytes) implements Comparable<PublicKey> {
  public static final int ED25519_SIZE = 32;
  public static final int SM2_SIZE = 33;

  public static final Codec<PublicKey> CODEC =
      new Codec<>() {
        @Override
        public void encode(PublicKey key, CanonicalWriter out) {
          out.u8(key.suite.code()).fixed(key.bytes, sizeOf(key.suite));
        }

        @Override
        public PublicKey decode(CanonicalReader in) {
          SuiteId suite = SuiteId.fromCode(in.u8("publicKey.suite"));
          return new PublicKey(suite, in.fixed("publicKey.bytes", sizeOf(suite)));
        }
      };

  public PublicKey {
    if (bytes.size() != sizeOf(suite)) {
      throw new IllegalArgumentException(
          suite + " public key has " + sizeOf(suite) + " bytes, got " + bytes.size());
    }
  }

  public static int sizeOf(SuiteId suite) {
    return switch (suite) {
      case ED25519 -> ED25519_SIZE;
      case SM2_SM3 -> SM2_SIZE;
    };
  }

  @Override
  public int compareTo(PublicKey other) {
    int c = Integer.compare(suite.code(), other.suite.code());
    return c != 0 ? c : bytes.compareTo(other.bytes);
  }

  @Override
  public String toString() {
    return suite + ":" + bytes.toHex();
  }
}
