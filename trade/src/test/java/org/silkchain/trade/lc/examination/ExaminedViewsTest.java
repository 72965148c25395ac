package org.silkchain.trade.lc.examination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.documents.CertificateOfOrigin;
import org.silkchain.trade.documents.CommercialInvoice;
import org.silkchain.trade.documents.InsuranceCertificate;
import org.silkchain.trade.documents.PackingList;
import org.silkchain.trade.ebl.BillData;
import org.silkchain.trade.ebl.BillParty;
import org.silkchain.trade.ebl.Consignment;
import org.silkchain.trade.ebl.Container;
import org.silkchain.trade.ebl.Port;

/** The document and eBL records, mapped to the examiner's views, examined against the terms. */
class ExaminedViewsTest {
  private static final AccountId BUYER = account("buyer");
  private static final AccountId SELLER = account("seller");
  private static final AccountId OTHER = account("other");
  private final LcTerms terms = new TermsDraft().build();
  private final Function<AccountId, String> names = ExaminedViews.names(BUYER, SELLER, terms);

  private static AccountId account(String name) {
    Hash h = TradeChain.SUITE.hash().digest(Bytes.utf8(name));
    return AccountId.derive(TradeChain.SUITE.hash(), h.bytes());
  }

  private static CommercialInvoice invoice(AccountId seller) {
    return new CommercialInvoice(
        seller,
        BUYER,
        "INV-2026-0042",
        LocalDate.of(2026, 3, 9),
        "EUR",
        100_000_00,
        "200 industrial sewing machines model SX-200",
        200,
        "PCS");
  }

  private static BillData bill(boolean clean) {
    BillParty.Address hamburg = new BillParty.Address("Ballindamm 25", "Hamburg", "DE");
    return new BillData(
        "HLCUHAM260310",
        "HLCU",
        BillParty.of("Hapag-Lloyd AG", hamburg, account("carrier")),
        BillParty.of("Hamburg Maschinen GmbH", hamburg, SELLER),
        Optional.empty(),
        List.of(),
        "HAMBURG EXPRESS",
        "026E",
        new Port("DEHAM", "Hamburg"),
        new Port("CNSHA", "Shanghai"),
        LocalDate.of(2026, 3, 10),
        LocalDate.of(2026, 4, 20),
        LocalDate.of(2026, 3, 10),
        LocalDate.of(2026, 3, 10),
        "DEHAM",
        "DEHAM",
        clean,
        clean ? List.of() : List.of("3 crates broken"),
        List.of(
            new Consignment(
                "HL260310",
                List.of("industrial sewing machines", "model SX-200"),
                "845229",
                List.of(
                    new Consignment.Cargo("HLXU1234567", 12_000_000, 20, "Crate"),
                    new Consignment.Cargo("HLXU7654321", 12_000_000, 20, "Crate")))),
        List.of(
            new Container("HLXU1234567", "45G1", List.of("HL001"), false),
            new Container("HLXU7654321", "45G1", List.of("HL002"), false)),
        "Export Desk",
        "docs@hapag.example",
        "Carriage under the carrier's standard terms.");
  }

  private PresentedDocuments documents(AccountId seller, boolean clean) {
    return new PresentedDocuments(
        Optional.of(ExaminedViews.invoice(invoice(seller), names)),
        Optional.of(ExaminedViews.transport(bill(clean))),
        Optional.of(
            ExaminedViews.insurance(
                new InsuranceCertificate(
                    "POL-77812",
                    SELLER,
                    "EUR",
                    110_000_00,
                    List.of("Institute Cargo Clauses (A)"),
                    LocalDate.of(2026, 3, 9),
                    "Allianz Marine",
                    "sewing machines"))),
        Optional.of(
            ExaminedViews.packingList(
                new PackingList(
                    SELLER,
                    "INV-2026-0042",
                    LocalDate.of(2026, 3, 9),
                    "200 sewing machines SX-200",
                    40,
                    "Crate",
                    24_000_000,
                    20_000_000,
                    "HM/SX200/1-40"))),
        Optional.of(
            ExaminedViews.origin(
                new CertificateOfOrigin(
                    "DE-IHK-2026-991",
                    SELLER,
                    "DE",
                    "industrial sewing machines",
                    "IHK Hamburg",
                    LocalDate.of(2026, 3, 8)))));
  }

  @Test
  void recordsThatMatchTheCreditPassExamination() {
    assertThat(Examiner.examine(terms, documents(SELLER, true), DocumentsDraft.PRESENTED))
        .isEmpty();
    ExaminedTransportDocument bill = ExaminedViews.transport(bill(true));
    assertThat(bill.packages()).isEqualTo(40);
    assertThat(bill.grossWeightGrams()).isEqualTo(24_000_000);
    assertThat(bill.goodsDescription()).isEqualTo("industrial sewing machines model SX-200");
  }

  @Test
  void anInvoiceFromAnotherAccountAndAClausedBillAreDiscrepancies() {
    assertThat(Examiner.examine(terms, documents(OTHER, false), DocumentsDraft.PRESENTED))
        .extracting(d -> d.article().code() + " " + d.field())
        .containsExactly("18(a)(i) invoice.issuer", "27 transport.clean");
  }
}
