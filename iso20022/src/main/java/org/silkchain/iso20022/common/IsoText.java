package org.silkchain.iso20022.common;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks for the text and code facets of the ISO 20022 schemas. The records of this module call
 * them in their constructors, so a value the schema would reject fails with an {@link
 * IllegalArgumentException} naming the field before any XML is written.
 *
 * <p>Free text ({@code MaxNNText}) must be 1 to NN characters of any script, must not start or end
 * with white space and must not contain control characters: ISO 20022 text fields are single lines,
 * and XML cannot carry most control characters at all (a parser would also turn CR into LF, so the
 * receiver would read different text from what was sent).
 *
 * <p>Lengths are counted in UTF-16 code units ({@link String#length()}), not in code points as XML
 * Schema 1.0 specifies, because the JDK's schema validator counts code units: a character outside
 * the Basic Multilingual Plane (an emoji, a rare CJK ideograph) takes two of a field's characters.
 * That is stricter than the standard, never looser, so text accepted here validates everywhere.
 */
public final class IsoText {
  /** {@code Max35Text}: identifiers such as message and end-to-end ids. */
  public static final int MAX_35 = 35;

  /** {@code Max34Text}: a proprietary account identifier. */
  public static final int MAX_34 = 34;

  /** {@code Max70Text}: street names and similar. */
  public static final int MAX_70 = 70;

  /** {@code Max105Text}: additional information of a status reason. */
  public static final int MAX_105 = 105;

  /** {@code Max140Text}: names and unstructured remittance information. */
  public static final int MAX_140 = 140;

  /** {@code Max16Text}: building numbers and post codes. */
  public static final int MAX_16 = 16;

  private static final Pattern BIC =
      Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");
  private static final Pattern UETR =
      Pattern.compile("[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}");
  private static final Pattern EXTERNAL_CODE = Pattern.compile("[A-Z0-9]{4}");

  private IsoText() {}

  /**
   * Returns {@code value} if it is valid free text of at most {@code maxLength} characters.
   *
   * @throws IllegalArgumentException naming {@code field} otherwise
   */
  public static String text(String field, String value, int maxLength) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " is " + value.length() + " characters, more than the " + maxLength + " allowed");
    }
    if (isSpace(value.codePointAt(0)) || isSpace(value.codePointBefore(value.length()))) {
      throw new IllegalArgumentException(field + " must not start or end with white space");
    }
    value
        .codePoints()
        .filter(cp -> !isAllowed(cp))
        .findFirst()
        .ifPresent(
            cp -> {
              throw new IllegalArgumentException(
                  field + " contains a character not allowed in ISO 20022 text: U+" + hex(cp));
            });
    return value;
  }

  /** {@link #text} for an optional field; an empty optional is always valid. */
  public static Optional<String> optionalText(String field, Optional<String> value, int maxLength) {
    Objects.requireNonNull(value, field);
    value.ifPresent(v -> text(field, v, maxLength));
    return value;
  }

  /** A BIC ({@code BICFIDec2014Identifier}): 8 or 11 upper-case letters and digits. */
  public static String bic(String field, String value) {
    return matching(field, value, BIC, "a BIC (8 or 11 characters, e.g. DEUTDEFF)");
  }

  /** An ISO 3166 alpha-2 country code ({@code CountryCode}). */
  public static String country(String field, String value) {
    return matching(field, value, COUNTRY, "an ISO 3166 alpha-2 country code");
  }

  /** An ISO 17442 legal entity identifier ({@code LEIIdentifier}). */
  public static String lei(String field, String value) {
    return matching(field, value, LEI, "an LEI (18 letters or digits then 2 digits)");
  }

  /** A UETR ({@code UUIDv4Identifier}): a lower-case version 4 UUID. */
  public static String uetr(String field, String value) {
    return matching(field, value, UETR, "a lower-case version 4 UUID");
  }

  /**
   * A code from an ISO 20022 external code set, such as a status reason ({@code AC04}): the schemas
   * only bound its length (1 to 4), but every published code is four letters or digits.
   */
  public static String externalCode(String field, String value) {
    return matching(field, value, EXTERNAL_CODE, "a four-character ISO 20022 external code");
  }

  private static String matching(String field, String value, Pattern pattern, String what) {
    Objects.requireNonNull(value, field);
    if (value.length() > 64 || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be " + what + ", got '" + abbreviate(value) + "'");
    }
    return value;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /**
   * XML 1.0 characters minus all control characters. Unpaired surrogates show up as code points in
   * the surrogate range and are rejected too: no encoder can write them as UTF-8.
   */
  private static boolean isAllowed(int cp) {
    if (Character.isISOControl(cp)) {
      return false;
    }
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return false;
    }
    return cp != 0xFFFE && cp != 0xFFFF;
  }

  private static String hex(int cp) {
    String h = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
    return "0".repeat(Math.max(0, 4 - h.length())) + h;
  }

  private static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 64) + "...";
  }
}
