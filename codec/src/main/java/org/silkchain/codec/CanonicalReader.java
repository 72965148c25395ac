package org.silkchain.codec;

import static org.silkchain.codec.DecodeException.Reason.DUPLICATE;
import static org.silkchain.codec.DecodeException.Reason.INVALID_VALUE;
import static org.silkchain.codec.DecodeException.Reason.NON_CANONICAL;
import static org.silkchain.codec.DecodeException.Reason.NOT_SORTED;
import static org.silkchain.codec.DecodeException.Reason.TOO_LONG;
import static org.silkchain.codec.DecodeException.Reason.TOO_MANY;
import static org.silkchain.codec.DecodeException.Reason.TRAILING_BYTES;
import static org.silkchain.codec.DecodeException.Reason.TRUNCATED;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads the encoding {@link CanonicalWriter} produces and nothing else. Every variable-length read
 * takes an explicit maximum, and no read allocates more than the input still holds, so a hostile
 * length cannot exhaust memory.
 */
public final class CanonicalReader {
  private final byte[] buf;
  private final int end;
  private int pos;

  public CanonicalReader(Bytes input) {
    this.buf = input.unsafeArray();
    this.end = buf.length;
  }

  public int position() {
    return pos;
  }

  public int remaining() {
    return end - pos;
  }

  public boolean atEnd() {
    return pos == end;
  }

  public void expectEnd() {
    if (pos != end) {
      throw new DecodeException(TRAILING_BYTES, (end - pos) + " bytes after the value");
    }
  }

  private void need(int n, String field) {
    if (end - pos < n) {
      throw new DecodeException(
          TRUNCATED, field + ": needs " + n + " bytes, " + (end - pos) + " left");
    }
  }

  public int u8(String field) {
    need(1, field);
    return buf[pos++] & 0xFF;
  }

  public int u16(String field) {
    need(2, field);
    int v = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
    pos += 2;
    return v;
  }

  public long u32(String field) {
    need(4, field);
    long v = 0;
    for (int i = 0; i < 4; i++) {
      v = (v << 8) | (buf[pos++] & 0xFF);
    }
    return v;
  }

  public long i64(String field) {
    need(8, field);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (buf[pos++] & 0xFF);
    }
    return v;
  }

  /** A non-negative 64-bit integer; a set sign bit is rejected. */
  public long u63(String field) {
    long v = i64(field);
    if (v < 0) {
      throw new DecodeException(INVALID_VALUE, field + ": negative value " + v);
    }
    return v;
  }

  /**
   * Reads a header written by {@link CanonicalWriter#header} and checks it: another type tag is
   * {@code UNKNOWN_TAG}, a version above {@code maxVersion} (or 0) is {@code UNSUPPORTED_VERSION}.
   *
   * @return the version, for decoders that read several
   */
  public int header(String field, int typeTag, int maxVersion) {
    int tag = u16(field);
    if (tag != typeTag) {
      throw new DecodeException(
          DecodeException.Reason.UNKNOWN_TAG,
          field
              + ": type tag 0x"
              + Integer.toHexString(tag)
              + ", expected 0x"
              + Integer.toHexString(typeTag));
    }
    int version = u8(field);
    if (version == 0 || version > maxVersion) {
      throw new DecodeException(
          DecodeException.Reason.UNSUPPORTED_VERSION,
          field + ": version " + version + ", supported 1.." + maxVersion);
    }
    return version;
  }

  /** An unsigned varint in its shortest form, at most {@code max}. */
  public long varint(String field, long max) {
    long value = 0;
    int shift = 0;
    int start = pos;
    while (true) {
      need(1, field);
      int b = buf[pos++] & 0xFF;
      if (shift == 63 && b > 0) {
        throw new DecodeException(TOO_LONG, field + ": varint exceeds 63 bits");
      }
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (b == 0 && pos - start > 1) {
          throw new DecodeException(NON_CANONICAL, field + ": varint has redundant zero bytes");
        }
        break;
      }
      shift += 7;
    }
    if (value > max) {
      throw new DecodeException(TOO_LONG, field + ": " + value + " exceeds limit " + max);
    }
    return value;
  }

  public boolean bool(String field) {
    int b = u8(field);
    if (b > 1) {
      throw new DecodeException(NON_CANONICAL, field + ": boolean byte " + b);
    }
    return b == 1;
  }

  public Bytes fixed(String field, int size) {
    need(size, field);
    Bytes value = Bytes.of(buf, pos, size);
    pos += size;
    return value;
  }

  public Bytes bytes(String field, int maxLength) {
    int length = length(field, maxLength);
    return fixed(field, length);
  }

  public String string(String field, int maxBytes) {
    int length = length(field, maxBytes);
    need(length, field);
    try {
      String value =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(buf, pos, length))
              .toString();
      pos += length;
      return value;
    } catch (CharacterCodingException e) {
      throw new DecodeException(INVALID_VALUE, field + ": not valid UTF-8");
    }
  }

  public <T> Optional<T> optional(String field, Codec<T> codec) {
    int marker = u8(field);
    return switch (marker) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(codec.decode(this));
      default -> throw new DecodeException(NON_CANONICAL, field + ": optional marker " + marker);
    };
  }

  public <T> List<T> list(String field, int maxCount, Codec<T> codec) {
    int count = count(field, maxCount);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(codec.decode(this));
    }
    return Collections.unmodifiableList(out);
  }

  /** A set: element encodings must be strictly ascending; returned in that order. */
  public <T> List<T> set(String field, int maxCount, Codec<T> codec) {
    int count = count(field, maxCount);
    List<T> out = new ArrayList<>(count);
    int prevStart = -1;
    int prevEnd = -1;
    for (int i = 0; i < count; i++) {
      int start = pos;
      out.add(codec.decode(this));
      if (prevStart >= 0) {
        int cmp = java.util.Arrays.compareUnsigned(buf, prevStart, prevEnd, buf, start, pos);
        if (cmp == 0) {
          throw new DecodeException(DUPLICATE, field + ": duplicate element at index " + i);
        }
        if (cmp > 0) {
          throw new DecodeException(NOT_SORTED, field + ": element " + i + " out of order");
        }
      }
      prevStart = start;
      prevEnd = pos;
    }
    return Collections.unmodifiableList(out);
  }

  private int length(String field, int max) {
    int length = (int) varint(field, max);
    if (length > remaining()) {
      throw new DecodeException(
          TRUNCATED, field + ": length " + length + " but " + remaining() + " bytes left");
    }
    return length;
  }

  /** Each element takes at least one byte, so a count above what is left is a lie. */
  private int count(String field, int maxCount) {
    long count = varint(field, Long.MAX_VALUE);
    if (count > maxCount) {
      throw new DecodeException(TOO_MANY, field + ": " + count + " elements, limit " + maxCount);
    }
    if (count > remaining()) {
      throw new DecodeException(
          TRUNCATED, field + ": " + count + " elements but " + remaining() + " bytes left");
    }
    return (int) count;
  }
}
