package org.silkchain.iso20022.pacs002;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.iso20022.Samples;
import org.silkchain.iso20022.XmlQuery;
import org.silkchain.iso20022.schema.MessageType;
import org.silkchain.iso20022.schema.SchemaValidator;

class Pacs002WriterTest {
  private static final Instant REPORTED = Instant.parse("2026-03-05T10:15:31Z");

  private static XmlQuery validated(PaymentStatus status) {
    String xml = Pacs002Writer.write(status);
    assertThat(SchemaValidator.validate(MessageType.PACS_002_001_11, xml).errors()).isEmpty();
    return XmlQuery.parse(MessageType.PACS_002_001_11, xml);
  }

  @Test
  void settledPaymentReportsAcsc() {
    XmlQuery doc = validated(PaymentStatus.settled("STS-1", REPORTED, Samples.usdToEur()));

    assertThat(doc.text("TxSts")).isEqualTo("ACSC");
    assertThat(doc.text("OrgnlMsgId")).isEqualTo("SILK-20260305-000042");
    assertThat(doc.text("OrgnlMsgNmId")).isEqualTo("pacs.008.001.09");
    assertThat(doc.text("OrgnlEndToEndId")).isEqualTo("INV-2026-0042");
    assertThat(doc.text("OrgnlTxId")).isEqualTo("0x7f3a9c21e5d04b8a");
    assertThat(doc.text("OrgnlUETR")).isEqualTo("8a562c67-ca16-48ba-b074-65581be6f001");
    assertThat(doc.text("CreDtTm")).isEqualTo("2026-03-05T10:15:31.000+00:00");
    assertThat(doc.all("StsRsnInf")).isEmpty();
  }

  @Test
  void rejectedPaymentCarriesReasonAc04() {
    XmlQuery doc =
        validated(
            PaymentStatus.rejected(
                "STS-2",
                REPORTED,
                Samples.chinesePayee(),
                "AC04",
                Optional.of("收款账户已销户 (creditor account closed)")));

    assertThat(doc.text("TxSts")).isEqualTo("RJCT");
    assertThat(doc.text("Cd")).isEqualTo("AC04");
    assertThat(doc.text("AddtlInf")).isEqualTo("收款账户已销户 (creditor account closed)");
  }

  @Test
  void pendingStatusWithInformationOnly() {
    XmlQuery doc =
        validated(
            new PaymentStatus(
                "STS-3",
                REPORTED,
                "SILK-MSG-0001",
                "E2E-0001",
                Optional.empty(),
                "eb6305c9-1f7f-49de-aed0-16487c27b42d",
                TransactionStatus.PDNG,
                Optional.empty(),
                Optional.of("awaiting sanctions screening")));

    assertThat(doc.text("TxSts")).isEqualTo("PDNG");
    assertThat(doc.all("Rsn")).isEmpty();
    assertThat(doc.all("OrgnlTxId")).isEmpty();
  }

  @Test
  void rejectionWithoutReasonIsRefused() {
    assertThatThrownBy(
            () ->
                new PaymentStatus(
                    "STS-4",
                    REPORTED,
                    "SILK-MSG-0001",
                    "E2E-0001",
                    Optional.empty(),
                    "eb6305c9-1f7f-49de-aed0-16487c27b42d",
                    TransactionStatus.RJCT,
                    Optional.empty(),
                    Optional.empty()))
        .hasMessage("a rejected (RJCT) status needs a reasonCode");
  }

  @Test
  void malformedReasonCodeIsRefused() {
    assertThatThrownBy(
            () ->
                PaymentStatus.rejected("STS-5", REPORTED, Samples.kwd(), "ac04", Optional.empty()))
        .hasMessage("reasonCode must be a four-character ISO 20022 external code, got 'ac04'");
  }

  @Test
  void additionalInfoIsLimitedTo105Characters() {
    assertThatThrownBy(
            () ->
                PaymentStatus.rejected(
                    "STS-6", REPORTED, Samples.kwd(), "AM04", Optional.of("x".repeat(106))))
        .hasMessage("additionalInfo is 106 characters, more than the 105 allowed");
  }

  @Test
  void outputIsDeterministic() {
    PaymentStatus status = PaymentStatus.settled("STS-7", REPORTED, Samples.jpy());
    assertThat(Pacs002Writer.write(status)).isEqualTo(Pacs002Writer.write(status));
  }
}
