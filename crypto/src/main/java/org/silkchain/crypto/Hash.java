package org.silkchain.crypto;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/** A 32-byte digest (SHA-256 or SM3, depending on the network's suite). */
public record Hash(Bytes bytes) implements Comparable<Hash> {
  public static final int SIZE = 32;
  public static final Hash ZERO = new Hash(Bytes.wrap(new byte[SIZE]));

  public static final Codec<Hash> CODEC =
      new Codec<>() {
        @Override
        public void encode(Hash value, CanonicalWriter out) {
          out.fixed(value.bytes, SIZE);
        }

        @Override
        public Hash decode(CanonicalReader in) {
          return new Hash(in.fixed("hash", SIZE));
        }
      };

  public Hash {
    if (bytes.size() != SIZE) {
      throw new IllegalArgumentException("a hash has " + SIZE + " bytes, got " + bytes.size());
    }
  }

  public static Hash fromHex(String hex) {
    return new Hash(Bytes.fromHex(hex));
  }

  public String toHex() {
    return bytes.toHex();
  }

  @Override
  public int compareTo(Hash other) {
    return bytes.compareTo(other.bytes);
  }

  @Override
  public String toString() {
    return bytes.toHex();
  }
}
