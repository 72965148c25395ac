package org.silkchain.trade.documents;

import java.time.LocalDate;
import java.util.List;
import org.silkchain.trade.Consortium;

/** One shipment's documents: porcelain from Jingdezhen (trader-cn) to Hamburg (trader-de). */
final class SampleDocuments {
  static final LocalDate SHIPPED = LocalDate.of(2026, 3, 2);

  private SampleDocuments() {}

  static CommercialInvoice invoice(Consortium c) {
    return new CommercialInvoice(
        c.traderCn.id(),
        c.traderDe.id(),
        "INV-2026-0042",
        SHIPPED.minusDays(3),
        "EUR",
        87_654_32,
        "Blue-and-white porcelain tableware 青花瓷餐具, 24-piece sets",
        12_000,
        "sets");
  }

  static PackingList packingList(Consortium c) {
    return new PackingList(
        c.traderCn.id(),
        "INV-2026-0042",
        SHIPPED.minusDays(3),
        "Blue-and-white porcelain tableware 青花瓷餐具, 24-piece sets",
        1_000,
        "cartons",
        18_500_000,
        16_000_000,
        "JDZ/HAM 1-1000");
  }

  static CertificateOfOrigin origin(Consortium c) {
    return new CertificateOfOrigin(
        "CCPIT-2026-77",
        c.traderCn.id(),
        "CN",
        "Blue-and-white porcelain tableware 青花瓷餐具, 24-piece sets",
        "Jingdezhen Customs 景德镇海关",
        SHIPPED.minusDays(1));
  }

  static InsuranceCertificate insurance(Consortium c) {
    return new InsuranceCertificate(
        "PICC-CARGO-991",
        c.traderCn.id(),
        "EUR",
        96_419_75, // 110% of the CIF value
        List.of("Institute Cargo Clauses (A)", "Institute War Clauses (Cargo)"),
        SHIPPED,
        "Insurer plc",
        "Blue-and-white porcelain tableware 青花瓷餐具, 24-piece sets");
  }

  static CustomsDeclaration declaration(Consortium c) {
    return new CustomsDeclaration(
        "EXP-310220260042",
        c.traderCn.id(),
        "CN",
        "DE",
        "691110",
        "Porcelain tableware 瓷餐具",
        12_000,
        "sets",
        "EUR",
        87_654_32,
        SHIPPED.minusDays(2));
  }
}
