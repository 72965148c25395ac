package org.silkchain.codec;

/**
 * Canonical binary form of one type. {@code decode(encode(x))} equals {@code x}, and every value
 * has exactly one encoding: a decoder rejects any byte string {@code encode} would not produce.
 */
public interface Codec<T> {
  void encode(T value, CanonicalWriter out);

  /** Reads one value; throws {@link DecodeException} on anything non-canonical or over limits. */
  T decode(CanonicalReader in);

  /** Encodes {@code value} alone. */
  default Bytes encode(T value) {
    CanonicalWriter out = new CanonicalWriter();
    encode(value, out);
    return out.toBytes();
  }

  /** Decodes a whole byte string as one value: trailing bytes are an error. */
  default T decode(Bytes bytes) {
    CanonicalReader in = new CanonicalReader(bytes);
    T value = decode(in);
    in.expectEnd();
    return value;
  }
}
