package org.silkchain.trade.ebl;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * Field checks shared by the bill data records: the DCSA limits (lengths, codes, no leading or
 * trailing blanks), so that every bill data value that can be built also exports as a valid DCSA
 * transport document. Constructors throw {@link IllegalArgumentException}; decoders turn that into
 * a {@link DecodeException}.
 */
final class Text {
  /** DCSA's pattern for free text: no leading or trailing white space. */
  static final Pattern TRIMMED = Pattern.compile("\\S(?:.*\\S)?", Pattern.DOTALL);

  static final Pattern UN_LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private Text() {}

  /** Trimmed text of 1 to {@code max} characters. */
  static String text(String field, String value, int max) {
    if (value == null || value.length() > max || !TRIMMED.matcher(value).matches()) {
      throw new IllegalArgumentException(field + ": 1.." + max + " characters, not blank-padded");
    }
    return value;
  }

  /** A code matching {@code pattern}. */
  static String code(String field, String value, Pattern pattern) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(field + ": must match " + pattern.pattern());
    }
    return value;
  }

  /** An immutable copy of {@code values}, each checked, at most {@code max} of them. */
  static List<String> lines(String field, List<String> values, int max, int maxLength) {
    if (values.size() > max) {
      throw new IllegalArgumentException(field + ": at most " + max);
    }
    values.forEach(v -> text(field, v, maxLength));
    return List.copyOf(values);
  }

  static <T> List<T> list(String field, List<T> values, int min, int max) {
    if (values.size() < min || values.size() > max) {
      throw new IllegalArgumentException(field + ": " + min + ".." + max + " entries");
    }
    return List.copyOf(values);
  }

  /** Builds a decoded value, reporting a broken invariant as a decode error. */
  static <T> T decoded(String field, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new DecodeException(
          DecodeException.Reason.INVALID_VALUE, field + ": " + e.getMessage());
    }
  }

  static final Codec<LocalDate> DATE =
      new Codec<>() {
        @Override
        public void encode(LocalDate d, CanonicalWriter out) {
          out.u63(d.toEpochDay());
        }

        @Override
        public LocalDate decode(CanonicalReader in) {
          long day = in.u63("date");
          if (day > LocalDate.MAX.toEpochDay()) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "date: " + day);
          }
          return LocalDate.ofEpochDay(day);
        }
      };

  /** A codec for strings of at most {@code max} UTF-8 bytes (checked again by constructors). */
  static Codec<String> string(String field, int maxBytes) {
    return new Codec<>() {
      @Override
      public void encode(String value, CanonicalWriter out) {
        out.string(value);
      }

      @Override
      public String decode(CanonicalReader in) {
        return in.string(field, maxBytes);
      }
    };
  }
}
