package org.silkchain.iso20022.camt053;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.iso20022.XmlQuery;
import org.silkchain.iso20022.common.Account;
import org.silkchain.iso20022.common.Money;
import org.silkchain.iso20022.schema.MessageType;
import org.silkchain.iso20022.schema.SchemaValidator;
import org.w3c.dom.Element;

class Camt053WriterTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 5);
  private static final Instant CLOSED_AT = Instant.parse("2026-03-06T00:00:05Z");
  private static final Account ACCOUNT = Account.iban("DE89370400440532013000");

  private static StatementEntry credit(String ref, long cents, String from, String remittance) {
    return new StatementEntry(
        new Money("EUR", cents),
        CreditDebit.CRDT,
        DAY,
        DAY,
        ref,
        Optional.of("E2E-" + ref),
        Optional.of("8a562c67-ca16-48ba-b074-65581be6f001"),
        Optional.of(from),
        Optional.of(remittance));
  }

  private static StatementEntry debit(String ref, long cents) {
    return new StatementEntry(
        new Money("EUR", cents),
        CreditDebit.DBIT,
        DAY,
        DAY.plusDays(1),
        ref,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static Statement statement(long opening, long closing, List<StatementEntry> entries) {
    return new Statement(
        "STMT-MSG-1", CLOSED_AT, "DE89-20260305", ACCOUNT, "EUR", DAY, opening, closing, entries);
  }

  private static XmlQuery validated(Statement statement) {
    String xml = Camt053Writer.write(statement);
    assertThat(SchemaValidator.validate(MessageType.CAMT_053_001_08, xml).errors()).isEmpty();
    return XmlQuery.parse(MessageType.CAMT_053_001_08, xml);
  }

  @Test
  void statementWithSeveralEntriesValidates() {
    List<StatementEntry> entries =
        List.of(
            credit("0xa1", 920_118, "Acme Trading Inc.", "Invoice INV-2026-0042"),
            credit("0xa2", 88_888_88, "上海丝路贸易有限公司", "货款 发票号 INV-2026-001"),
            debit("0xa3", 1_500_00),
            debit("0xa4", 25));
    long closing = 10_000_00 + 920_118 + 88_888_88 - 1_500_00 - 25;

    XmlQuery doc = validated(statement(10_000_00, closing, entries));

    List<Element> balances = doc.all("Bal");
    assertThat(balances).hasSize(2);
    assertThat(balances.get(0).getTextContent()).contains("OPBD", "10000.00", "CRDT", "2026-03-05");
    assertThat(balances.get(1).getTextContent()).contains("CLBD", "106589.81", "CRDT");
    assertThat(doc.all("Ntry")).hasSize(4);
    assertThat(doc.all("NtryRef"))
        .extracting(Element::getTextContent)
        .containsExactly("0xa1", "0xa2", "0xa3", "0xa4");
    assertThat(doc.all("CdtDbtInd"))
        .extracting(Element::getTextContent)
        .containsExactly("CRDT", "CRDT", "CRDT", "CRDT", "DBIT", "DBIT");
    assertThat(doc.all("Ustrd"))
        .extracting(Element::getTextContent)
        .containsExactly("Invoice INV-2026-0042", "货款 发票号 INV-2026-001");
    // The counterparty of a credit is its debtor.
    assertThat(doc.all("Dbtr"))
        .extracting(Element::getTextContent)
        .anySatisfy(t -> assertThat(t).contains("上海丝路贸易有限公司"));
    assertThat(doc.all("SubFmlyCd")).extracting(Element::getTextContent).containsOnly("XBCT");
    assertThat(doc.all("Amt").get(5).getTextContent()).isEqualTo("0.25");
    assertThat(doc.only("Acct").getTextContent()).contains("DE89370400440532013000", "EUR");
  }

  @Test
  void overdrawnBalanceIsWrittenAsDebit() {
    XmlQuery doc = validated(statement(-5_00, -7_00, List.of(debit("0xb1", 2_00))));

    assertThat(doc.all("Bal").get(0).getTextContent()).contains("5.00", "DBIT");
    assertThat(doc.all("Bal").get(1).getTextContent()).contains("7.00", "DBIT");
  }

  @Test
  void dayWithoutEntriesValidates() {
    XmlQuery doc = validated(statement(0, 0, List.of()));
    assertThat(doc.all("Ntry")).isEmpty();
  }

  @Test
  void statementThatDoesNotAddUpIsRefused() {
    assertThatThrownBy(() -> statement(100, 150, List.of(debit("0xc1", 50))))
        .hasMessage(
            "closingBalance 150 does not equal openingBalance plus credits minus debits, 50"
                + " (minor units of EUR)");
  }

  @Test
  void entryInAnotherCurrencyIsRefused() {
    StatementEntry usd =
        new StatementEntry(
            new Money("USD", 1),
            CreditDebit.CRDT,
            DAY,
            DAY,
            "0xd1",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThatThrownBy(() -> statement(0, 1, List.of(usd)))
        .hasMessage("entry 0xd1 is in USD, the statement in EUR");
  }

  @Test
  void entryBookedOnAnotherDayIsRefused() {
    StatementEntry late =
        new StatementEntry(
            new Money("EUR", 1),
            CreditDebit.CRDT,
            DAY.plusDays(1),
            DAY,
            "0xe1",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThatThrownBy(() -> statement(0, 1, List.of(late)))
        .hasMessage("entry 0xe1 is booked on 2026-03-06, not on the statement date 2026-03-05");
  }

  @Test
  void duplicateEntryReferenceIsRefused() {
    assertThatThrownBy(() -> statement(10, 6, List.of(debit("0xf1", 2), debit("0xf1", 2))))
        .hasMessage("duplicate entry reference 0xf1");
  }

  @Test
  void balanceBeyond18DigitsIsRefused() {
    assertThatThrownBy(() -> statement(Long.MIN_VALUE, 0, List.of()))
        .hasMessageStartingWith("openingBalance of -9223372036854775808 minor units has more");
  }

  @Test
  void outputIsDeterministic() {
    Statement s = statement(0, 2, List.of(credit("0x1", 2, "A", "B")));
    assertThat(Camt053Writer.write(s)).isEqualTo(Camt053Writer.write(s));
  }
}
