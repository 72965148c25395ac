package org.silkchain.iso20022.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkchain.iso20022.Samples;
import org.silkchain.iso20022.pacs008.Pacs008Writer;

/** Hand-broken documents: the validator must catch each and say where and why. */
class SchemaValidatorTest {
  private static final MessageType PACS_008 = MessageType.PACS_008_001_09;
  private static final String GOOD = Pacs008Writer.write(Samples.usdToEur());

  private static String replaceOnce(String xml, String from, String to) {
    assertThat(xml).contains(from);
    return xml.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void writerOutputIsValid() {
    ValidationResult result = SchemaValidator.validate(PACS_008, GOOD);
    assertThat(result.valid()).isTrue();
    assertThat(result.toString()).isEqualTo("pacs.008.001.09: valid");
  }

  @Test
  void missingMandatoryElementIsCaught() {
    String broken = replaceOnce(GOOD, "      <ChrgBr>SHAR</ChrgBr>\n", "");

    ValidationResult result = SchemaValidator.validate(PACS_008, broken);

    assertThat(result.valid()).isFalse();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).message())
        .startsWith("cvc-complex-type.2.4.a")
        .contains("ChrgsInf")
        .contains("ChrgBr");
    assertThat(result.errors().get(0).line()).isEqualTo(26); // the ChrgsInf that came too early
  }

  @Test
  void wrongElementOrderIsCaught() {
    String swapped =
        replaceOnce(
            GOOD,
            "      <IntrBkSttlmAmt Ccy=\"EUR\">9201.18</IntrBkSttlmAmt>\n"
                + "      <IntrBkSttlmDt>2026-03-05</IntrBkSttlmDt>\n",
            "      <IntrBkSttlmDt>2026-03-05</IntrBkSttlmDt>\n"
                + "      <IntrBkSttlmAmt Ccy=\"EUR\">9201.18</IntrBkSttlmAmt>\n");

    ValidationResult result = SchemaValidator.validate(PACS_008, swapped);

    assertThat(result.valid()).isFalse();
    assertThat(result.errors().get(0).message())
        .startsWith("cvc-complex-type.2.4.a")
        .contains("IntrBkSttlmDt")
        .contains("IntrBkSttlmAmt");
  }

  @Test
  void badBicIsCaught() {
    String broken = replaceOnce(GOOD, "<BICFI>DEUTDEFFXXX</BICFI>", "<BICFI>DEUTDEF</BICFI>");

    ValidationResult result = SchemaValidator.validate(PACS_008, broken);

    assertThat(result.errors())
        .extracting(ValidationError::message)
        .anySatisfy(m -> assertThat(m).startsWith("cvc-pattern-valid").contains("DEUTDEF"));
  }

  @Test
  void amountWithTooManyFractionDigitsIsCaught() {
    String broken = replaceOnce(GOOD, ">9201.18<", ">9201.181818<");

    assertThat(SchemaValidator.validate(PACS_008, broken).errors())
        .extracting(ValidationError::message)
        .anySatisfy(m -> assertThat(m).startsWith("cvc-fractionDigits-valid"));
  }

  @Test
  void everyErrorIsReportedNotOnlyTheFirst() {
    String broken =
        replaceOnce(
            replaceOnce(GOOD, "<BICFI>DEUTDEFFXXX</BICFI>", "<BICFI>bad</BICFI>"),
            "<Ctry>DE</Ctry>",
            "<Ctry>Germany</Ctry>");

    ValidationResult result = SchemaValidator.validate(PACS_008, broken);

    assertThat(result.errors())
        .extracting(ValidationError::message)
        .anySatisfy(m -> assertThat(m).contains("'bad'"))
        .anySatisfy(m -> assertThat(m).contains("'Germany'"));
  }

  @Test
  void documentOfAnotherMessageIsInvalid() {
    ValidationResult result = SchemaValidator.validate(MessageType.PACS_002_001_11, GOOD);

    assertThat(result.valid()).isFalse();
    assertThat(result.errors().get(0).message()).startsWith("cvc-elt.1.a").contains("Document");
  }

  @Test
  void malformedXmlIsReportedOnceNotThrown() {
    ValidationResult result = SchemaValidator.validate(PACS_008, GOOD.replace("</Document>", ""));

    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).line()).isGreaterThan(1);
    assertThat(result.errors().get(0).message()).contains("must start and end");
  }

  @Test
  void doctypesAreRefusedSoExternalEntitiesAreNeverRead() {
    String xxe =
        GOOD.replace(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n")
            .replace("<Ustrd>Invoice INV-2026-0042, 12 CNC spindles</Ustrd>", "<Ustrd>&x;</Ustrd>");

    ValidationResult result = SchemaValidator.validate(PACS_008, xxe);

    assertThat(result.valid()).isFalse();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).message()).contains("DOCTYPE");
  }

  @Test
  void schemaLocationInADocumentIsIgnored() {
    String pointing =
        GOOD.replace(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09\">",
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09"
                + " http://attacker.invalid/lax.xsd\">");

    ValidationResult result = SchemaValidator.validate(PACS_008, pointing);

    assertThat(result.valid()).isTrue();
  }
}
