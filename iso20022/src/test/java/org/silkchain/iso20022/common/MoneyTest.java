package org.silkchain.iso20022.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void decimalStringUsesTheCurrencysExponent() {
    assertThat(new Money("USD", 12_345).toDecimalString()).isEqualTo("123.45");
    assertThat(new Money("USD", 5).toDecimalString()).isEqualTo("0.05");
    assertThat(new Money("EUR", 0).toDecimalString()).isEqualTo("0.00");
    assertThat(new Money("JPY", 500).toDecimalString()).isEqualTo("500");
    assertThat(new Money("KWD", 1).toDecimalString()).isEqualTo("0.001");
    assertThat(new Money("BHD", 1_234_567).toDecimalString()).isEqualTo("1234.567");
    assertThat(new Money("CLF", 10_000).toDecimalString()).isEqualTo("1.0000");
    assertThat(new Money("JPY", Money.MAX_MINOR_UNITS).toDecimalString())
        .isEqualTo("999999999999999999");
  }

  @Test
  void parsesDecimalsExactly() {
    assertThat(Money.ofDecimal("USD", "123.45")).isEqualTo(new Money("USD", 12_345));
    assertThat(Money.ofDecimal("USD", "123.4")).isEqualTo(new Money("USD", 12_340));
    assertThat(Money.ofDecimal("USD", "1.500")).isEqualTo(new Money("USD", 150));
    assertThat(Money.ofDecimal("JPY", "500")).isEqualTo(new Money("JPY", 500));
    assertThat(Money.ofDecimal("KWD", "0.001")).isEqualTo(new Money("KWD", 1));
  }

  @Test
  void negativeAmountsAreRejected() {
    assertThatThrownBy(() -> new Money("USD", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative, got -1 minor units of USD");
    assertThatThrownBy(() -> Money.ofDecimal("USD", "-1.00"))
        .hasMessageStartingWith("not a plain decimal amount");
  }

  @Test
  void amountsBeyond18DigitsAreRejected() {
    assertThatThrownBy(() -> new Money("USD", Money.MAX_MINOR_UNITS + 1))
        .hasMessage(
            "amount of 1000000000000000000 minor units of USD has more than the 18 digits ISO"
                + " 20022 amounts allow");
    assertThatThrownBy(() -> Money.ofDecimal("USD", "999999999999999999.00"))
        .hasMessage("amount 999999999999999999.00 USD has more than the 18 digits allowed");
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRejected() {
    assertThatThrownBy(() -> Money.ofDecimal("USD", "1.234"))
        .hasMessage("USD has 2 decimal places, 1.234 has more");
    assertThatThrownBy(() -> Money.ofDecimal("JPY", "1.5"))
        .hasMessage("JPY has 0 decimal places, 1.5 has more");
  }

  @Test
  void nonPlainDecimalsAreRejected() {
    assertThatThrownBy(() -> Money.ofDecimal("USD", "1E3"))
        .hasMessage(
            "not a plain decimal amount of at most 18 integer and 5 fraction digits: '1E3'");
    assertThatThrownBy(() -> Money.ofDecimal("USD", "1,000.00"))
        .hasMessageStartingWith("not a plain decimal amount");
  }

  @Test
  void badCurrencyCodesAreRejected() {
    assertThatThrownBy(() -> new Money("usd", 1))
        .hasMessage(
            "currency must be an ISO 4217 alpha-3 code (three upper-case letters), got 'usd'");
    assertThatThrownBy(() -> new Money("XYZ", 1)).hasMessage("unknown ISO 4217 currency code: XYZ");
    assertThatThrownBy(() -> new Money("XAU", 1)).hasMessage("unknown ISO 4217 currency code: XAU");
  }
}
