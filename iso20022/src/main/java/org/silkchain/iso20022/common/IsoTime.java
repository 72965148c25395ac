package org.silkchain.iso20022.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * ISO 20022 dates ({@code ISODate}) and date-times ({@code ISODateTime}) with one fixed lexical
 * form each, so equal values always produce equal XML.
 *
 * <p>Date-times are written in UTC with milliseconds and an explicit {@code +00:00} offset (for
 * example {@code 2026-03-05T10:15:30.000+00:00}): the form SWIFT's CBPR+ rules ask for and a valid
 * {@code xs:dateTime}. Years are limited to 1..9999, the four-digit years every receiver parses.
 */
public final class IsoTime {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'+00:00'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

  private IsoTime() {}

  /**
   * Checks {@code value} and truncates it to the milliseconds that are written: a record holding
   * the returned instant equals exactly what its message says.
   */
  public static Instant dateTime(String field, Instant value) {
    Objects.requireNonNull(value, field);
    // Compared as instants first: converting Instant.MAX to a calendar date would itself throw.
    if (value.isBefore(FIRST) || !value.isBefore(AFTER_LAST)) {
      throw new IllegalArgumentException(
          field + " must be in the years 1 to 9999 (UTC), got " + value);
    }
    return value.truncatedTo(ChronoUnit.MILLIS);
  }

  /** Checks that {@code value} has a year the schemas' consumers accept. */
  public static LocalDate date(String field, LocalDate value) {
    Objects.requireNonNull(value, field);
    checkYear(field, value.getYear());
    return value;
  }

  /** The lexical form of a checked date-time. */
  public static String format(Instant value) {
    return DATE_TIME.format(value);
  }

  /** The lexical form of a checked date. */
  public static String format(LocalDate value) {
    return DATE.format(value);
  }

  private static void checkYear(String field, int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException(field + " must be in the years 1 to 9999, got " + year);
    }
  }
}
