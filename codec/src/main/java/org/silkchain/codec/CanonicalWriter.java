package org.silkchain.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * Writes the canonical binary encoding. The rules, mirrored by {@link CanonicalReader}:
 *
 * <ul>
 *   <li>fixed-width integers are big-endian ({@code u8}, {@code u16}, {@code u32}, {@code i64});
 *   <li>lengths and counts are unsigned LEB128 varints in their shortest form;
 *   <li>booleans and optional markers are exactly {@code 0x00} or {@code 0x01};
 *   <li>strings are valid UTF-8, length-prefixed in bytes;
 *   <li>sets are written in ascending unsigned-lexicographic order of their element encodings,
 *       without duplicates.
 * </ul>
 */
public final class CanonicalWriter {
  private byte[] buf;
  private int len;

  public CanonicalWriter() {
    this(64);
  }

  public CanonicalWriter(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
  }

  private void ensure(int extra) {
    int need = Math.addExact(len, extra);
    if (need > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
    }
  }

  public CanonicalWriter u8(int value) {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException("u8 out of range: " + value);
    }
    ensure(1);
    buf[len++] = (byte) value;
    return this;
  }

  public CanonicalWriter u16(int value) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException("u16 out of range: " + value);
    }
    ensure(2);
    buf[len++] = (byte) (value >>> 8);
    buf[len++] = (byte) value;
    return this;
  }

  public CanonicalWriter u32(long value) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("u32 out of range: " + value);
    }
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buf[len++] = (byte) (value >>> shift);
    }
    return this;
  }

  /** A signed 64-bit integer, big-endian two's complement. */
  public CanonicalWriter i64(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buf[len++] = (byte) (value >>> shift);
    }
    return this;
  }

  /** A non-negative 64-bit integer (heights, nonces), encoded like {@link #i64}. */
  public CanonicalWriter u63(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value: " + value);
    }
    return i64(value);
  }

  /**
   * The header of a top-level encodable: a {@code u16} type tag and a {@code u8} format version, so
   * that formats can evolve and a decoder never mistakes one type for another.
   */
  public CanonicalWriter header(int typeTag, int version) {
    return u16(typeTag).u8(version);
  }

  /** An unsigned varint in its shortest form; for lengths and counts. */
  public CanonicalWriter varint(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative varint: " + value);
    }
    ensure(10);
    while ((value & ~0x7FL) != 0) {
      buf[len++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buf[len++] = (byte) value;
    return this;
  }

  public CanonicalWriter bool(boolean value) {
    return u8(value ? 1 : 0);
  }

  /** Exactly {@code expectedSize} bytes with no length prefix (hashes, keys, signatures). */
  public CanonicalWriter fixed(Bytes value, int expectedSize) {
    if (value.size() != expectedSize) {
      throw new IllegalArgumentException(
          "expected " + expectedSize + " bytes, got " + value.size());
    }
    return raw(value);
  }

  /** Length-prefixed bytes. */
  public CanonicalWriter bytes(Bytes value) {
    varint(value.size());
    return raw(value);
  }

  /** Length-prefixed UTF-8. */
  public CanonicalWriter string(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    if (!new String(utf8, StandardCharsets.UTF_8).equals(value)) {
      throw new IllegalArgumentException("string is not valid Unicode (unpaired surrogate)");
    }
    varint(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buf, len, utf8.length);
    len += utf8.length;
    return this;
  }

  public <T> CanonicalWriter optional(Optional<T> value, Codec<T> codec) {
    if (value.isPresent()) {
      u8(1);
      codec.encode(value.get(), this);
    } else {
      u8(0);
    }
    return this;
  }

  /** A count followed by the elements in the collection's own order. */
  public <T> CanonicalWriter list(Collection<T> values, Codec<T> codec) {
    varint(values.size());
    for (T value : values) {
      codec.encode(value, this);
    }
    return this;
  }

  /**
   * A set: elements sorted by their encodings, duplicates rejected. The element order of {@code
   * values} does not matter, so callers may pass any collection.
   */
  public <T> CanonicalWriter set(Collection<T> values, Codec<T> codec) {
    Bytes[] encoded = new Bytes[values.size()];
    int i = 0;
    for (T value : values) {
      encoded[i++] = codec.encode(value);
    }
    Arrays.sort(encoded);
    varint(encoded.length);
    for (int j = 0; j < encoded.length; j++) {
      if (j > 0 && encoded[j].equals(encoded[j - 1])) {
        throw new IllegalArgumentException("duplicate element in set");
      }
      raw(encoded[j]);
    }
    return this;
  }

  /** Appends already-canonical bytes verbatim (a nested encoding). */
  public CanonicalWriter raw(Bytes value) {
    ensure(value.size());
    System.arraycopy(value.unsafeArray(), 0, buf, len, value.size());
    len += value.size();
    return this;
  }

  public int size() {
    return len;
  }

  public Bytes toBytes() {
    return Bytes.wrap(Arrays.copyOf(buf, len));
  }
}
