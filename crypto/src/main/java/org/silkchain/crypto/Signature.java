package org.silkchain.crypto;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * A signature: 64 bytes in both suites. Ed25519: R || S (RFC 8032). SM2: r || s as two 32-byte
 * big-endian integers, a fixed-width form chosen over DER so that a signature has one encoding.
 */
public record Signature(Bytes bytes) {
  public static final int SIZE = 64;

  public static final Codec<Signature> CODEC =
      new Codec<>() {
        @Override
        public void encode(Signature value, CanonicalWriter out) {
          out.fixed(value.bytes, SIZE);
        }

        @Override
        public Signature decode(CanonicalReader in) {
          return new Signature(in.fixed("signature", SIZE));
        }
      };

  public Signature {
    if (bytes.size() != SIZE) {
      throw new IllegalArgumentException("a signature has " + SIZE + " bytes, got " + bytes.size());
    }
  }
}
