package org.silkchain.trade.documents;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.runtime.module.Fields;

/**
 * Field rules the document records share: free text in any script without control characters, ISO
 * codes, and calendar dates as days since 1970-01-01 (a date, not an instant: documents say "issued
 * 2026-03-02", with no time zone to disagree about).
 */
final class DocumentFields {
  static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]+");
  static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]{0,34}");
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  static final Pattern HS_CODE = Pattern.compile("[0-9]{6,10}");
  static final int SHORT_TEXT = 140 * 4;
  static final int LONG_TEXT = 2048 * 4;
  private static final long MAX_EPOCH_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private DocumentFields() {}

  static String text(CanonicalReader in, String field, int maxBytes) {
    return Fields.text(in, field, maxBytes, TEXT);
  }

  static String number(CanonicalReader in, String field) {
    return Fields.text(in, field, 35, NUMBER);
  }

  static void date(LocalDate date, CanonicalWriter out) {
    out.u63(date.toEpochDay());
  }

  static LocalDate date(CanonicalReader in, String field) {
    long day = in.u63(field);
    if (day > MAX_EPOCH_DAY) {
      throw new DecodeException(DecodeException.Reason.INVALID_VALUE, field + ": after 9999");
    }
    return LocalDate.ofEpochDay(day);
  }

  /**
   * Builds a decoded record, turning its constructor's refusal into the {@link DecodeException}
   * decoders must throw (a field valid alone, but not with the others).
   */
  static <T> T valid(String field, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new DecodeException(
          DecodeException.Reason.INVALID_VALUE, field + ": " + e.getMessage());
    }
  }

  static String check(String value, Pattern pattern, int maxChars, String field) {
    if (value == null || !pattern.matcher(value).matches() || value.length() > maxChars) {
      throw new IllegalArgumentException("invalid " + field + ": " + value);
    }
    return value;
  }

  static LocalDate checkDate(LocalDate date, String field) {
    if (date == null || date.toEpochDay() < 0 || date.toEpochDay() > MAX_EPOCH_DAY) {
      throw new IllegalArgumentException("invalid " + field + ": " + date);
    }
    return date;
  }

  static long positive(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive: " + value);
    }
    return value;
  }
}
