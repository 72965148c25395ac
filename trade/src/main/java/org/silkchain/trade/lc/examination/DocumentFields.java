package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.runtime.module.Fields;

/**
 * Bounded codecs for the fields of terms and documents, shared so that every record bounds them the
 * same way. Decoders throw only {@link DecodeException}.
 */
public final class DocumentFields {
  /** Amounts and quantities stay far below overflow even times 200% (tolerance, cover). */
  public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

  /** Printable text: no control characters (no line breaks that could hide a second value). */
  public static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]*");

  public static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  public static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** 140 characters of up to 4 UTF-8 bytes each, as the document records allow. */
  public static final int NAME_BYTES = 560;

  /** Room for a bill's goods lines joined (150 lines of 35 characters). */
  public static final int DESCRIPTION_BYTES = 24 * 1024;

  public static final int UNIT_BYTES = 560;

  /** Dates travel as days since 1970-01-01, up to the end of year 9999. */
  public static final long MAX_EPOCH_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  public static final Codec<LocalDate> DATE =
      new Codec<>() {
        @Override
        public void encode(LocalDate d, CanonicalWriter out) {
          out.u32(d.toEpochDay());
        }

        @Override
        public LocalDate decode(CanonicalReader in) {
          long day = in.u32("date");
          if (day > MAX_EPOCH_DAY) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "date: after 9999");
          }
          return LocalDate.ofEpochDay(day);
        }
      };

  private DocumentFields() {}

  public static String name(CanonicalReader in, String field) {
    return Fields.text(in, field, NAME_BYTES, TEXT);
  }

  public static String description(CanonicalReader in, String field) {
    return Fields.text(in, field, DESCRIPTION_BYTES, TEXT);
  }

  public static String unit(CanonicalReader in, String field) {
    return Fields.text(in, field, UNIT_BYTES, TEXT);
  }

  public static String currency(CanonicalReader in, String field) {
    return Fields.text(in, field, 3, CURRENCY);
  }

  /** An amount or quantity in {@code 0..MAX_AMOUNT}. */
  public static long amount(CanonicalReader in, String field) {
    long v = in.u63(field);
    if (v > MAX_AMOUNT) {
      throw new DecodeException(DecodeException.Reason.INVALID_VALUE, field + ": too large");
    }
    return v;
  }

  public static void requireAmount(long v, String field) {
    if (v < 0 || v > MAX_AMOUNT) {
      throw new IllegalArgumentException(field + " out of range: " + v);
    }
  }

  public static void requireText(String s, int maxBytes, String field) {
    if (s == null
        || s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > maxBytes
        || !TEXT.matcher(s).matches()) {
      throw new IllegalArgumentException("invalid " + field);
    }
  }

  /** A set of document kinds as a bit mask (bit i = ordinal i): one encoding per set. */
  public static void writeKinds(Set<DocumentKind> kinds, CanonicalWriter out) {
    int mask = 0;
    for (DocumentKind k : kinds) {
      mask |= 1 << k.ordinal();
    }
    out.u8(mask);
  }

  public static EnumSet<DocumentKind> readKinds(CanonicalReader in, String field) {
    int mask = in.u8(field);
    DocumentKind[] all = DocumentKind.values();
    if (mask >>> all.length != 0) {
      throw new DecodeException(DecodeException.Reason.INVALID_VALUE, field + ": unknown kind");
    }
    EnumSet<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
    for (DocumentKind k : all) {
      if ((mask & (1 << k.ordinal())) != 0) {
        kinds.add(k);
      }
    }
    return kinds;
  }
}
