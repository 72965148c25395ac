package org.silkchain.iso20022.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IsoTextTest {

  @Test
  void anyScriptIsAcceptedUpToTheLimit() {
    assertThat(IsoText.text("name", "上海丝路贸易有限公司", 140)).isEqualTo("上海丝路贸易有限公司");
    assertThat(IsoText.text("name", "Ωmega Ünïcode & <Co>", 35)).isNotNull();
    assertThat(IsoText.text("id", "x".repeat(35), 35)).hasSize(35);
  }

  @Test
  void emptyBlankPaddedOrOverLongTextIsRejected() {
    assertThatThrownBy(() -> IsoText.text("f", "", 35)).hasMessage("f must not be empty");
    assertThatThrownBy(() -> IsoText.text("f", " a", 35))
        .hasMessage("f must not start or end with white space");
    assertThatThrownBy(() -> IsoText.text("f", "a\u3000", 35))
        .hasMessage("f must not start or end with white space");
    assertThatThrownBy(() -> IsoText.text("f", "x".repeat(36), 35))
        .hasMessage("f is 36 characters, more than the 35 allowed");
  }

  @Test
  void charactersXmlCannotCarryAreRejected() {
    assertThatThrownBy(() -> IsoText.text("f", "a\u0000b", 35))
        .hasMessage("f contains a character not allowed in ISO 20022 text: U+0000");
    assertThatThrownBy(() -> IsoText.text("f", "a\uD800b", 35))
        .hasMessage("f contains a character not allowed in ISO 20022 text: U+D800");
    assertThatThrownBy(() -> IsoText.text("f", "a\uFFFEb", 35))
        .hasMessage("f contains a character not allowed in ISO 20022 text: U+FFFE");
  }

  @Test
  void charactersBeyondTheBmpCountTwice() {
    String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
    assertThat(IsoText.text("f", emoji.repeat(17) + "x", 35)).isNotNull();
    assertThatThrownBy(() -> IsoText.text("f", emoji.repeat(18), 35))
        .hasMessage("f is 36 characters, more than the 35 allowed");
  }

  @Test
  void bicsMustMatchTheBicfiPattern() {
    assertThat(IsoText.bic("bic", "DEUTDEFF")).isEqualTo("DEUTDEFF");
    assertThat(IsoText.bic("bic", "DEUTDEFF500")).isEqualTo("DEUTDEFF500");
    assertThatThrownBy(() -> IsoText.bic("bic", "DEUTDEF"))
        .hasMessage("bic must be a BIC (8 or 11 characters, e.g. DEUTDEFF), got 'DEUTDEF'");
    assertThatThrownBy(() -> IsoText.bic("bic", "deutdeff")).hasMessageStartingWith("bic must be");
    assertThatThrownBy(() -> IsoText.bic("bic", "DEUT1EFF")).hasMessageStartingWith("bic must be");
  }

  @Test
  void countryCodesAndLeisAreChecked() {
    assertThatThrownBy(() -> IsoText.country("c", "DEU"))
        .hasMessage("c must be an ISO 3166 alpha-2 country code, got 'DEU'");
    assertThatThrownBy(() -> IsoText.lei("l", "5493001KJTIIGC8Y1R1X"))
        .hasMessageStartingWith("l must be an LEI");
  }
}
