package org.silkchain.trade.payments;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * An exchange rate as a fixed-scale decimal: {@code units / 10^scale} units of the target currency
 * per unit of the source currency, in major units (as ISO 20022's {@code XchgRate} states it: EUR
 * to CNY 7.8123 is {@code units=78123, scale=4}).
 *
 * <p>Bounds: {@code 1 <= units <= 99_999_999_999} (11 digits) and {@code scale <= 10}, which is
 * what {@code BaseOneRate} allows (11 total digits, 10 fraction digits).
 *
 * <p>Rounding rule of {@link #convert}: the exact product in target minor units is rounded down
 * (toward zero). The fraction of a minor unit stays with the converting bank, so a conversion never
 * creates money the payer did not pay for.
 */
public record Rate(long units, int scale) {
  public static final long MAX_UNITS = 99_999_999_999L;
  public static final int MAX_SCALE = 10;

  public static final Codec<Rate> CODEC =
      new Codec<>() {
        @Override
        public void encode(Rate r, CanonicalWriter out) {
          out.u63(r.units).u8(r.scale);
        }

        @Override
        public Rate decode(CanonicalReader in) {
          long units = in.u63("rate.units");
          int scale = in.u8("rate.scale");
          if (!valid(units, scale)) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "rate out of bounds");
          }
          return new Rate(units, scale);
        }
      };

  public Rate {
    if (!valid(units, scale)) {
      throw new IllegalArgumentException("rate must have 1..11 digits, scale 0..10");
    }
  }

  static boolean valid(long units, int scale) {
    return units >= 1 && units <= MAX_UNITS && scale >= 0 && scale <= MAX_SCALE;
  }

  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(units, scale);
  }

  /**
   * {@code amount} minor units of a currency with {@code fromMinorUnits} decimals, in minor units
   * of one with {@code toMinorUnits} decimals, rounded down.
   *
   * @throws ArithmeticException if the result does not fit a {@code long} (an {@code OVERFLOW})
   */
  public long convert(long amount, int fromMinorUnits, int toMinorUnits) {
    BigInteger numerator =
        BigInteger.valueOf(amount)
            .multiply(BigInteger.valueOf(units))
            .multiply(BigInteger.TEN.pow(toMinorUnits));
    BigInteger denominator = BigInteger.TEN.pow(scale + fromMinorUnits);
    return numerator.divide(denominator).longValueExact();
  }
}
