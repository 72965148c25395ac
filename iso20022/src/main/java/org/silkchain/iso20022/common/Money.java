package org.silkchain.iso20022.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money as an integer number of minor units of an ISO 4217 currency: {@code
 * Money("USD", 12_345)} is USD 123.45, {@code Money("JPY", 500)} is JPY 500, {@code Money("KWD",
 * 1)} is KWD 0.001. No floating point is involved anywhere.
 *
 * <p>Invariants: the currency is known to {@link CurrencyExponents}; {@code 0 <= minorUnits <=}
 * {@link #MAX_MINOR_UNITS}, the 18 digits the schemas' {@code ActiveCurrencyAndAmount} allows
 * (their 5 fraction digits always suffice, no currency has more than 4).
 */
public record Money(String currency, long minorUnits) {
  /** The largest amount with 18 digits, the schemas' {@code totalDigits}. */
  public static final long MAX_MINOR_UNITS = 999_999_999_999_999_999L;

  // Plain decimals only: no exponent, sign or grouping, and at most 18 + 5 digits to parse.
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,5})?");

  public Money {
    CurrencyExponents.exponentOf(currency);
    if (minorUnits < 0) {
      throw new IllegalArgumentException(
          "amount must not be negative, got " + minorUnits + " minor units of " + currency);
    }
    if (minorUnits > MAX_MINOR_UNITS) {
      throw new IllegalArgumentException(
          "amount of "
              + minorUnits
              + " minor units of "
              + currency
              + " has more than the 18 digits ISO 20022 amounts allow");
    }
  }

  /**
   * Parses the decimal form used in messages, exactly: {@code ofDecimal("USD", "123.45")} is 12345
   * minor units. Trailing zeros beyond the currency's decimals are accepted ({@code "1.500"} USD),
   * any other digit there is not.
   *
   * @throws IllegalArgumentException if {@code decimal} is not a plain non-negative decimal or has
   *     more precision than {@code currency}'s minor unit
   */
  public static Money ofDecimal(String currency, String decimal) {
    Objects.requireNonNull(decimal, "decimal");
    int exponent = CurrencyExponents.exponentOf(currency);
    if (!DECIMAL.matcher(decimal).matches()) {
      throw new IllegalArgumentException(
          "not a plain decimal amount of at most 18 integer and 5 fraction digits: '"
              + (decimal.length() <= 32 ? decimal : decimal.substring(0, 32) + "...")
              + "'");
    }
    BigDecimal minor;
    try {
      minor = new BigDecimal(decimal).setScale(exponent, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          currency + " has " + exponent + " decimal places, " + decimal + " has more");
    }
    try {
      return new Money(currency, minor.unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount " + decimal + " " + currency + " has more than the 18 digits allowed");
    }
  }

  /** The number of decimal places of this currency. */
  public int exponent() {
    return CurrencyExponents.exponentOf(currency);
  }

  /** The amount in major units, with exactly {@link #exponent()} decimal places. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minorUnits, exponent());
  }

  /**
   * The amount as written in messages: a plain decimal with exactly the currency's number of
   * decimal places ({@code "123.45"}, {@code "500"}, {@code "0.001"}).
   */
  public String toDecimalString() {
    return toBigDecimal().toPlainString();
  }

  @Override
  public String toString() {
    return currency + " " + toDecimalString();
  }
}
