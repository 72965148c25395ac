package org.silkchain.iso20022.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountTest {

  @Test
  void validIbansAreAccepted() {
    assertThat(Account.iban("DE89370400440532013000")).isInstanceOf(Account.Iban.class);
    assertThat(Account.iban("GB82WEST12345698765432")).isNotNull();
    assertThat(Account.iban("AE070331234567890123456")).isNotNull();
  }

  @Test
  void ibanWithWrongCheckDigitsIsRejected() {
    assertThatThrownBy(() -> Account.iban("DE88370400440532013000"))
        .hasMessage("iban DE88370400440532013000 has wrong check digits");
  }

  @Test
  void ibanWithSpacesIsRejected() {
    assertThatThrownBy(() -> Account.iban("DE89 3704 0044 0532 0130 00"))
        .hasMessageStartingWith("iban must be a country code, two check digits");
  }

  @Test
  void otherIdentifiersAreLimitedTo34Characters() {
    assertThat(Account.other("x".repeat(34), "SILKCHAIN")).isNotNull();
    assertThatThrownBy(() -> Account.other("x".repeat(35), "SILKCHAIN"))
        .hasMessage("account.id is 35 characters, more than the 34 allowed");
  }
}
