package org.silkchain.iso20022.pacs008;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.silkchain.iso20022.Samples;
import org.silkchain.iso20022.XmlQuery;
import org.silkchain.iso20022.common.CurrencyExponents;
import org.silkchain.iso20022.common.Money;
import org.silkchain.iso20022.common.Party;
import org.silkchain.iso20022.schema.MessageType;
import org.silkchain.iso20022.schema.SchemaValidator;

/** For any valid transfer, the pacs.008 validates and its amounts and names read back exactly. */
class Pacs008Properties {
  private static final List<String> CURRENCIES = List.copyOf(CurrencyExponents.codes());

  @Property(tries = 300)
  void outputValidatesAndAmountsAndNamesRoundTrip(
      @ForAll("amounts") Money settled,
      @ForAll("conversions") Optional<Conversion> conversion,
      @ForAll("names") String debtorName,
      @ForAll("names") String creditorName,
      @ForAll("remittances") Optional<String> remittance) {
    CreditTransferBuilder builder =
        Samples.minimal()
            .interbankSettlementAmount(settled)
            .debtor(Party.named(debtorName))
            .creditor(Party.named(creditorName));
    conversion
        .filter(c -> !c.instructed().currency().equals(settled.currency()))
        .ifPresent(c -> builder.instructedAmount(c.instructed()).exchangeRate(c.rate()));
    remittance.ifPresent(builder::remittanceInformation);
    CreditTransfer transfer = builder.build();

    String xml = Pacs008Writer.write(transfer);

    assertThat(SchemaValidator.validate(MessageType.PACS_008_001_09, xml).errors()).isEmpty();
    XmlQuery doc = XmlQuery.parse(MessageType.PACS_008_001_09, xml);
    assertThat(readAmount(doc, "IntrBkSttlmAmt")).isEqualTo(settled);
    transfer
        .instructedAmount()
        .ifPresent(instructed -> assertThat(readAmount(doc, "InstdAmt")).isEqualTo(instructed));
    transfer
        .exchangeRate()
        .ifPresent(
            rate -> assertThat(new BigDecimal(doc.text("XchgRate"))).isEqualByComparingTo(rate));
    assertThat(doc.all("Nm").get(0).getTextContent()).isEqualTo(debtorName);
    assertThat(doc.all("Nm").get(1).getTextContent()).isEqualTo(creditorName);
    assertThat(doc.all("Ustrd").stream().map(e -> e.getTextContent()).findFirst())
        .isEqualTo(remittance);
    assertThat(Pacs008Writer.write(transfer)).isEqualTo(xml);
  }

  private static Money readAmount(XmlQuery doc, String element) {
    return Money.ofDecimal(doc.only(element).getAttribute("Ccy"), doc.text(element));
  }

  record Conversion(Money instructed, BigDecimal rate) {}

  @Provide
  Arbitrary<Money> amounts() {
    Arbitrary<Long> minorUnits =
        Arbitraries.oneOf(
            Arbitraries.longs().between(1, 1_000_000),
            Arbitraries.longs().between(1, Money.MAX_MINOR_UNITS));
    return Combinators.combine(Arbitraries.of(CURRENCIES), minorUnits).as(Money::new);
  }

  @Provide
  Arbitrary<Optional<Conversion>> conversions() {
    // Up to 11 significant digits with up to 10 after the point: always a valid BaseOneRate.
    Arbitrary<BigDecimal> rates =
        Combinators.combine(
                Arbitraries.longs().between(1, 99_999_999_999L),
                Arbitraries.integers().between(0, 10))
            .as(BigDecimal::valueOf)
            .filter(r -> Math.max(r.precision(), r.scale()) <= 11);
    return Combinators.combine(amounts(), rates).as(Conversion::new).optional(0.7);
  }

  /**
   * Names of ASCII, Latin, Cyrillic, Arabic, Devanagari, CJK and emoji, within 140 UTF-16 units.
   */
  @Provide
  Arbitrary<String> names() {
    return text(140);
  }

  @Provide
  Arbitrary<Optional<String>> remittances() {
    return text(140).optional(0.7);
  }

  private static Arbitrary<String> text(int maxLength) {
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
            Tuple.of(1, Arbitraries.integers().between(0xC0, 0xFF)),
            Tuple.of(1, Arbitraries.integers().between(0x0410, 0x044F)),
            Tuple.of(1, Arbitraries.integers().between(0x0627, 0x064A)),
            Tuple.of(1, Arbitraries.integers().between(0x0905, 0x0939)),
            Tuple.of(3, Arbitraries.integers().between(0x4E00, 0x9FFF)),
            Tuple.of(1, Arbitraries.integers().between(0x1F600, 0x1F64F)));
    return codePoints
        .list()
        .ofMinSize(1)
        .ofMaxSize(maxLength)
        .map(cps -> fit(cps, maxLength))
        .filter(s -> !s.isEmpty() && s.strip().equals(s));
  }

  /** The longest prefix of {@code codePoints} that fits in {@code maxLength} UTF-16 units. */
  private static String fit(List<Integer> codePoints, int maxLength) {
    StringBuilder text = new StringBuilder();
    for (int cp : codePoints) {
      if (text.length() + Character.charCount(cp) > maxLength) {
        break;
      }
      text.appendCodePoint(cp);
    }
    return text.toString();
  }
}
