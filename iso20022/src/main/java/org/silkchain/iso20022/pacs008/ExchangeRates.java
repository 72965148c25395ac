package org.silkchain.iso20022.pacs008;

import java.math.BigDecimal;

/** The {@code BaseOneRate} facets: positive, at most 11 digits, at most 10 of them fractional. */
final class ExchangeRates {
  static final int TOTAL_DIGITS = 11;
  static final int FRACTION_DIGITS = 10;

  private ExchangeRates() {}

  /** Returns {@code rate} without trailing zeros, the form that is stored and written. */
  static BigDecimal check(BigDecimal rate) {
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("exchangeRate must be positive, got " + rate);
    }
    BigDecimal canonical = rate.stripTrailingZeros();
    int scale = canonical.scale();
    int precision = canonical.precision();
    // Digits as the JDK's validator counts them: for 0.0012 that is 4 (leading fraction zeros
    // count), for 1E+2 it is 3.
    int totalDigits = scale >= 0 ? Math.max(precision, scale) : precision - scale;
    if (scale > FRACTION_DIGITS || totalDigits > TOTAL_DIGITS) {
      throw new IllegalArgumentException(
          "exchangeRate "
              + rate.toPlainString()
              + " has more than "
              + TOTAL_DIGITS
              + " digits or more than "
              + FRACTION_DIGITS
              + " after the decimal point");
    }
    return canonical;
  }
}
