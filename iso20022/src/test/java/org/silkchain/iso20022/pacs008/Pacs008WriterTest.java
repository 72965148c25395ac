package org.silkchain.iso20022.pacs008;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.silkchain.iso20022.Samples;
import org.silkchain.iso20022.XmlQuery;
import org.silkchain.iso20022.common.Money;
import org.silkchain.iso20022.schema.MessageType;
import org.silkchain.iso20022.schema.SchemaValidator;

class Pacs008WriterTest {

  private static XmlQuery validated(CreditTransfer transfer) {
    String xml = Pacs008Writer.write(transfer);
    assertThat(SchemaValidator.validate(MessageType.PACS_008_001_09, xml).errors()).isEmpty();
    return XmlQuery.parse(MessageType.PACS_008_001_09, xml);
  }

  @Test
  void usdToEurWithExchangeRateAndSharedCharges() {
    XmlQuery doc = validated(Samples.usdToEur());

    assertThat(doc.text("IntrBkSttlmAmt")).isEqualTo("9201.18");
    assertThat(doc.only("IntrBkSttlmAmt").getAttribute("Ccy")).isEqualTo("EUR");
    assertThat(doc.text("InstdAmt")).isEqualTo("10000.00");
    assertThat(doc.only("InstdAmt").getAttribute("Ccy")).isEqualTo("USD");
    assertThat(doc.text("XchgRate")).isEqualTo("0.9215");
    assertThat(doc.text("ChrgBr")).isEqualTo("SHAR");
    assertThat(doc.only("ChrgsInf").getTextContent()).contains("15.00", "CHASUS33");
    assertThat(doc.text("SttlmMtd")).isEqualTo("CLRG");
    assertThat(doc.text("UETR")).isEqualTo("8a562c67-ca16-48ba-b074-65581be6f001");
    assertThat(doc.text("CreDtTm")).isEqualTo("2026-03-05T10:15:30.123+00:00");
    assertThat(doc.text("LEI")).isEqualTo("5493001KJTIIGC8Y1R12");
  }

  @Test
  void yenAmountHasNoDecimals() {
    XmlQuery doc = validated(Samples.jpy());

    assertThat(doc.text("IntrBkSttlmAmt")).isEqualTo("1500000");
    assertThat(doc.all("Nm").get(0).getTextContent()).isEqualTo("株式会社サクラ商事");
  }

  @Test
  void kuwaitiDinarAmountHasThreeDecimals() {
    XmlQuery doc = validated(Samples.kwd());

    assertThat(doc.text("IntrBkSttlmAmt")).isEqualTo("1234.567");
    assertThat(doc.only("IntrBkSttlmAmt").getAttribute("Ccy")).isEqualTo("KWD");
  }

  @Test
  void chineseNamesAndRemittanceSurviveAsUtf8() {
    String xml = Pacs008Writer.write(Samples.chinesePayee());
    XmlQuery doc = validated(Samples.chinesePayee());

    assertThat(doc.text("Ustrd")).isEqualTo("货款 发票号 INV-2026-001");
    assertThat(doc.all("Nm")).extracting(e -> e.getTextContent()).contains("上海丝路贸易有限公司");
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // Written as characters, not as numeric references, so the UTF-8 bytes carry them.
    assertThat(xml).contains("<Ustrd>货款 发票号 INV-2026-001</Ustrd>");
    assertThat(new String(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(xml);
  }

  @Test
  void instructingAnotherClearingSystemOrAgentAccount() {
    XmlQuery inda =
        validated(
            Samples.minimal()
                .settlement(Settlement.onAgentAccount(Settlement.Method.INDA))
                .build());
    assertThat(inda.text("SttlmMtd")).isEqualTo("INDA");
    assertThat(inda.all("ClrSys")).isEmpty();

    XmlQuery other =
        validated(Samples.minimal().settlement(Settlement.clearing("MBRIDGE")).build());
    assertThat(other.only("ClrSys").getTextContent().strip()).isEqualTo("MBRIDGE");
  }

  @Test
  void xmlSpecialCharactersAreEscaped() {
    XmlQuery doc =
        validated(Samples.minimal().remittanceInformation("Tom & Jerry <Ltd> \"q\" 'a'").build());

    assertThat(doc.text("Ustrd")).isEqualTo("Tom & Jerry <Ltd> \"q\" 'a'");
  }

  @Test
  void sameTransferGivesIdenticalBytes() {
    assertThat(Pacs008Writer.write(Samples.usdToEur()).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(Pacs008Writer.write(Samples.usdToEur()).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void equalRatesWithDifferentScalesGiveIdenticalOutput() {
    CreditTransfer a =
        Samples.minimal()
            .instructedAmount(new Money("USD", 100_00))
            .exchangeRate(new BigDecimal("0.92000"))
            .build();
    CreditTransfer b =
        Samples.minimal()
            .instructedAmount(new Money("USD", 100_00))
            .exchangeRate(new BigDecimal("0.92"))
            .build();

    assertThat(a).isEqualTo(b);
    assertThat(Pacs008Writer.write(a)).isEqualTo(Pacs008Writer.write(b)).contains(">0.92<");
  }

  @Test
  void matchesTheCommittedGoldenFile() throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/golden/pacs008-usd-eur.xml")) {
      assertThat(in).as("golden file on the test classpath").isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(Pacs008Writer.write(Samples.usdToEur())).isEqualTo(expected);
  }
}
