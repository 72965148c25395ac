package org.silkchain.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string. Domain APIs pass {@code Bytes}, never a raw {@code byte[]}, so that no
 * caller can change a value another component has hashed or signed.
 *
 * <p>Ordering is unsigned lexicographic, the order RocksDB's default comparator uses, so sorted
 * collections of {@code Bytes} iterate in the same order as the store.
 */
public final class Bytes implements Comparable<Bytes> {
  public static final Bytes EMPTY = new Bytes(new byte[0]);
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] data;
  private int hash;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /** Copies {@code data}; later changes to the array do not affect the result. */
  public static Bytes of(byte... data) {
    return data.length == 0 ? EMPTY : new Bytes(data.clone());
  }

  /** Copies {@code length} bytes of {@code data} starting at {@code offset}. */
  public static Bytes of(byte[] data, int offset, int length) {
    return new Bytes(Arrays.copyOfRange(data, offset, Math.addExact(offset, length)));
  }

  /**
   * Takes ownership of {@code data} without copying. Only for arrays nobody else holds, such as the
   * fresh output of a digest or an encoder.
   */
  public static Bytes wrap(byte[] data) {
    return new Bytes(data);
  }

  /** Parses lower- or upper-case hex with no prefix. */
  public static Bytes fromHex(String hex) {
    return new Bytes(HEX.parseHex(hex));
  }

  public static Bytes utf8(String text) {
    return new Bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  public int size() {
    return data.length;
  }

  public boolean isEmpty() {
    return data.length == 0;
  }

  public byte get(int index) {
    return data[index];
  }

  /** A fresh copy of the content. */
  public byte[] toArray() {
    return data.clone();
  }

  /**
   * The backing array, for handing to a library that only reads it (a digest, a cipher, RocksDB).
   * The caller must not modify it.
   */
  public byte[] unsafeArray() {
    return data;
  }

  public Bytes slice(int from, int to) {
    return new Bytes(Arrays.copyOfRange(data, from, to));
  }

  public Bytes concat(Bytes other) {
    byte[] out = Arrays.copyOf(data, Math.addExact(data.length, other.data.length));
    System.arraycopy(other.data, 0, out, data.length, other.data.length);
    return new Bytes(out);
  }

  public boolean startsWith(Bytes prefix) {
    return prefix.data.length <= data.length
        && Arrays.equals(data, 0, prefix.data.length, prefix.data, 0, prefix.data.length);
  }

  public String toHex() {
    return HEX.formatHex(data);
  }

  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(data, other.data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(data);
      hash = h;
    }
    return h;
  }

  /** Hex, shortened past 64 bytes so that logs stay readable. */
  @Override
  public String toString() {
    if (data.length <= 64) {
      return toHex();
    }
    return HEX.formatHex(data, 0, 32) + "..(" + data.length + " bytes)";
  }
}
