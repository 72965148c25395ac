package org.silkchain.iso20022.common;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The ISO 4217 minor units (decimal places) of the active currencies: 2 for USD, 0 for JPY, 3 for
 * KWD. A central-bank digital currency uses the code and minor units of the currency it is issued
 * in (e-CNY is CNY).
 *
 * <p>The table is written out here rather than read from {@link java.util.Currency}: the JDK's data
 * changes with JDK updates and still lists withdrawn currencies, and how an amount is written into
 * a message must not depend on which JDK a node runs. Codes without minor units (precious metals,
 * XDR, test codes) and withdrawn codes are unknown here.
 */
public final class CurrencyExponents {
  private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

  // One line per exponent; ISO 4217 list one, as published (active codes only).
  private static final Map<String, Integer> EXPONENTS =
      table(
          "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
          "",
          "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP"
              + " BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB"
              + " EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES"
              + " KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR"
              + " MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD"
              + " RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP"
              + " TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG",
          "BHD IQD JOD KWD LYD OMR TND",
          "CLF UYW");

  private CurrencyExponents() {}

  /**
   * The number of decimal places of {@code currency}.
   *
   * @throws IllegalArgumentException if {@code currency} is not three upper-case letters or not an
   *     active ISO 4217 currency known to this table
   */
  public static int exponentOf(String currency) {
    Objects.requireNonNull(currency, "currency");
    if (!ALPHA_3.matcher(currency).matches()) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 alpha-3 code (three upper-case letters), got '"
              + (currency.length() <= 16 ? currency : currency.substring(0, 16) + "...")
              + "'");
    }
    Integer exponent = EXPONENTS.get(currency);
    if (exponent == null) {
      throw new IllegalArgumentException("unknown ISO 4217 currency code: " + currency);
    }
    return exponent;
  }

  /** Whether {@link #exponentOf} accepts {@code currency}. */
  public static boolean isKnown(String currency) {
    return currency != null && EXPONENTS.containsKey(currency);
  }

  /** Every known code, in alphabetical order. */
  public static SortedSet<String> codes() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(EXPONENTS.keySet()));
  }

  private static Map<String, Integer> table(String... codesByExponent) {
    Map<String, Integer> table = new TreeMap<>();
    for (int exponent = 0; exponent < codesByExponent.length; exponent++) {
      for (String code : codesByExponent[exponent].split(" ")) {
        if (!code.isEmpty() && table.put(code, exponent) != null) {
          throw new IllegalStateException("currency listed twice: " + code);
        }
      }
    }
    return Collections.unmodifiableMap(table);
  }
}
