package org.silkchain.iso20022.pacs008;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.silkchain.iso20022.Samples;
import org.silkchain.iso20022.common.Agent;
import org.silkchain.iso20022.common.Money;

/** The checks that run before any XML is written. */
class CreditTransferTest {

  @Test
  void endToEndIdLongerThan35CharactersIsRejected() {
    assertThatCode(() -> Samples.minimal().endToEndId("E".repeat(35)).build())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> Samples.minimal().endToEndId("E".repeat(36)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endToEndId is 36 characters, more than the 35 allowed");
  }

  @Test
  void overLongMessageIdAndRemittanceAreRejected() {
    assertThatThrownBy(() -> Samples.minimal().messageId("M".repeat(36)).build())
        .hasMessageStartingWith("messageId is 36 characters");
    assertThatThrownBy(() -> Samples.minimal().remittanceInformation("货".repeat(141)).build())
        .hasMessageStartingWith("remittanceInformation is 141 characters");
  }

  @Test
  void uetrMustBeALowerCaseVersion4Uuid() {
    assertThatThrownBy(() -> Samples.minimal().uetr("EB6305C9-1F7F-49DE-AED0-16487C27B42D").build())
        .hasMessageStartingWith("uetr must be a lower-case version 4 UUID");
    // Version 1 (third group starts with 1).
    assertThatThrownBy(() -> Samples.minimal().uetr("eb6305c9-1f7f-19de-aed0-16487c27b42d").build())
        .hasMessageStartingWith("uetr must be a lower-case version 4 UUID");
  }

  @Test
  void settlementAmountMustBePositive() {
    assertThatThrownBy(
            () -> Samples.minimal().interbankSettlementAmount(new Money("EUR", 0)).build())
        .hasMessage("interbankSettlementAmount must be positive, got EUR 0.00");
  }

  @Test
  void foreignInstructedAmountNeedsAnExchangeRate() {
    assertThatThrownBy(() -> Samples.minimal().instructedAmount(new Money("USD", 100_00)).build())
        .hasMessageContaining("instructedAmount in USD differs from the settlement currency EUR")
        .hasMessageContaining("exchangeRate is required");
  }

  @Test
  void exchangeRateIsRefusedWithoutCurrencyConversion() {
    assertThatThrownBy(
            () ->
                Samples.minimal()
                    .instructedAmount(new Money("EUR", 100_00))
                    .exchangeRate(BigDecimal.ONE)
                    .build())
        .hasMessageStartingWith("exchangeRate is only allowed with an instructedAmount in another");
    assertThatThrownBy(() -> Samples.minimal().exchangeRate(BigDecimal.ONE).build())
        .hasMessageStartingWith("exchangeRate is only allowed");
  }

  @Test
  void exchangeRateMustFitBaseOneRate() {
    var usd = Samples.minimal().instructedAmount(new Money("USD", 100_00));
    assertThatThrownBy(() -> usd.exchangeRate(new BigDecimal("0.12345678901")).build())
        .hasMessage(
            "exchangeRate 0.12345678901 has more than 11 digits or more than 10 after the decimal"
                + " point");
    assertThatThrownBy(() -> usd.exchangeRate(new BigDecimal("123456789012")).build())
        .hasMessageStartingWith("exchangeRate 123456789012 has more than 11 digits");
    assertThatThrownBy(() -> usd.exchangeRate(new BigDecimal("-0.92")).build())
        .hasMessage("exchangeRate must be positive, got -0.92");
    assertThatCode(() -> usd.exchangeRate(new BigDecimal("151.23456789")).build())
        .doesNotThrowAnyException();
  }

  @Test
  void chargesNeedAnInstructedAmount() {
    assertThatThrownBy(
            () -> Samples.minimal().charge(new Money("EUR", 5_00), Agent.of("BANKGB2L")).build())
        .hasMessage("charges require an instructedAmount");
  }

  @Test
  void chargesAreBounded() {
    var builder = Samples.minimal().instructedAmount(new Money("EUR", 100_00));
    for (int i = 0; i <= CreditTransfer.MAX_CHARGES; i++) {
      builder.charge(new Money("EUR", 1), Agent.of("BANKGB2L"));
    }
    assertThatThrownBy(builder::build).hasMessage("at most 10 charges, got 11");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertThatThrownBy(() -> Samples.minimal().debtorAgent(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("debtorAgent");
  }

  @Test
  void creationTimeOutsideFourDigitYearsIsRejected() {
    assertThatThrownBy(() -> Samples.minimal().creationDateTime(Instant.MAX).build())
        .hasMessageStartingWith("creationDateTime must be in the years 1 to 9999");
  }

  @Test
  void controlCharactersInTextAreRejected() {
    assertThatThrownBy(() -> Samples.minimal().remittanceInformation("line1\nline2").build())
        .hasMessage(
            "remittanceInformation contains a character not allowed in ISO 20022 text: U+000A");
  }
}
