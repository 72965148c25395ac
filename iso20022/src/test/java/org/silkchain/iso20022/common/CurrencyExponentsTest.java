package org.silkchain.iso20022.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrencyExponentsTest {

  @Test
  void tradeCurrenciesHaveTheirIso4217MinorUnits() {
    Map<String, Integer> expected =
        Map.ofEntries(
            Map.entry("USD", 2),
            Map.entry("EUR", 2),
            Map.entry("CNY", 2),
            Map.entry("JPY", 0),
            Map.entry("GBP", 2),
            Map.entry("CHF", 2),
            Map.entry("SGD", 2),
            Map.entry("HKD", 2),
            Map.entry("INR", 2),
            Map.entry("AUD", 2),
            Map.entry("CAD", 2),
            Map.entry("KRW", 0),
            Map.entry("BRL", 2),
            Map.entry("ZAR", 2),
            Map.entry("AED", 2),
            Map.entry("SAR", 2),
            Map.entry("KWD", 3),
            Map.entry("BHD", 3),
            Map.entry("OMR", 3),
            Map.entry("JOD", 3),
            Map.entry("TND", 3),
            Map.entry("VND", 0),
            Map.entry("CLP", 0),
            Map.entry("ISK", 0),
            Map.entry("THB", 2),
            Map.entry("MYR", 2),
            Map.entry("IDR", 2),
            Map.entry("CLF", 4));
    expected.forEach(
        (code, exponent) ->
            assertThat(CurrencyExponents.exponentOf(code)).as(code).isEqualTo(exponent));
  }

  @Test
  void unknownAndMalformedCodesFailExplicitly() {
    assertThatThrownBy(() -> CurrencyExponents.exponentOf("ABC"))
        .hasMessage("unknown ISO 4217 currency code: ABC");
    assertThatThrownBy(() -> CurrencyExponents.exponentOf("US"))
        .hasMessageStartingWith("currency must be an ISO 4217 alpha-3 code");
    assertThat(CurrencyExponents.isKnown("HRK")).as("withdrawn in 2023").isFalse();
    assertThat(CurrencyExponents.isKnown(null)).isFalse();
  }

  @Test
  void codesAreSortedAndComplete() {
    assertThat(List.copyOf(CurrencyExponents.codes()))
        .isSorted()
        .contains("USD", "UYW", "ZWG")
        .hasSize(166);
  }
}
