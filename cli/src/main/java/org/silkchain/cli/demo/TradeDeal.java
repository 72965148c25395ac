package org.silkchain.cli.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.documents.CommercialInvoice;
import org.silkchain.trade.ebl.BillData;
import org.silkchain.trade.ebl.BillParty;
import org.silkchain.trade.ebl.Consignment;
import org.silkchain.trade.ebl.Container;
import org.silkchain.trade.ebl.Port;
import org.silkchain.trade.lc.examination.DocumentKind;
import org.silkchain.trade.lc.examination.ExaminedViews;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.PresentedDocuments;
import org.silkchain.trade.lc.examination.Tolerance;

/**
 * What the trade chapter's parties agree and exchange off chain (only sealed on chain): the terms
 * of a documentary credit for 3,000 silk scarves shipped FOB Shanghai to Hamburg, the carrier's
 * bill data and the exporter's invoice, all dated around {@code today} (the chain's block date) so
 * that a clean presentation complies with UCP 600.
 */
record TradeDeal(
    LocalDate today,
    AccountId importer,
    AccountId exporter,
    AccountId carrier,
    LcTerms terms,
    BillData bill,
    CommercialInvoice invoice) {
  static final String IMPORTER_NAME = "Hamburg Import GmbH";
  static final String EXPORTER_NAME = "Shanghai Silk Export Co.";
  static final String CARRIER_NAME = "Demo Ocean Carrier";
  static final String GOODS = "3000 mulberry silk scarves";
  static final String CURRENCY = "EUR";
  static final long AMOUNT = 30_000_00L;
  static final long QUANTITY = 3_000;
  static final String BILL_REFERENCE = "DOCL-SHA-HAM-0001";
  static final String INVOICE_NUMBER = "SSE-INV-0001";

  static TradeDeal on(LocalDate today, AccountId importer, AccountId exporter, AccountId carrier) {
    LcTerms terms =
        new LcTerms(
            IMPORTER_NAME,
            EXPORTER_NAME,
            CURRENCY,
            AMOUNT,
            Tolerance.NONE,
            GOODS,
            QUANTITY,
            "PCS",
            false,
            true,
            "FOB",
            "Shanghai",
            "Hamburg",
            today.plusDays(14),
            today.plusDays(45),
            "Hamburg",
            LcTerms.DEFAULT_PRESENTATION_DAYS,
            false,
            EnumSet.of(DocumentKind.COMMERCIAL_INVOICE, DocumentKind.TRANSPORT_DOCUMENT),
            LcTerms.DEFAULT_INSURANCE_COVER,
            Optional.empty(),
            new TreeSet<>());
    BillData bill =
        new BillData(
            BILL_REFERENCE,
            "DOCL",
            BillParty.of(
                CARRIER_NAME, new BillParty.Address("Harbour Road 1", "Singapore", "SG"), carrier),
            BillParty.of(
                EXPORTER_NAME, new BillParty.Address("Silk Street 8", "Shanghai", "CN"), exporter),
            Optional.empty(),
            List.of(
                BillParty.of(
                    IMPORTER_NAME,
                    new BillParty.Address("Speicherstadt 3", "Hamburg", "DE"),
                    importer)),
            "SILK ROAD EXPRESS",
            "2611W",
            new Port("CNSHA", "Shanghai"),
            new Port("DEHAM", "Hamburg"),
            today.minusDays(1),
            today.plusDays(32),
            today.minusDays(2),
            today.minusDays(2),
            "CNSHA",
            "CNSHA",
            true,
            List.of(),
            List.of(
                new Consignment(
                    "SSE-2611-01",
                    List.of("mulberry silk scarves"),
                    "621410",
                    List.of(new Consignment.Cargo("SLKU1234565", 450_000, 60, "Carton")))),
            List.of(new Container("SLKU1234565", "22G1", List.of("DO0012345"), false)),
            "Documentation Desk",
            "docs@carrier.example",
            "Carriage under the carrier's standard terms, available on request.");
    CommercialInvoice invoice =
        new CommercialInvoice(
            exporter,
            importer,
            INVOICE_NUMBER,
            today.minusDays(3),
            CURRENCY,
            AMOUNT,
            GOODS,
            QUANTITY,
            "PCS");
    return new TradeDeal(today, importer, exporter, carrier, terms, bill, invoice);
  }

  /** The documents as the banks examine them: the invoice and the bill, nothing else required. */
  PresentedDocuments presented() {
    return new PresentedDocuments(
        Optional.of(ExaminedViews.invoice(invoice, ExaminedViews.names(importer, exporter, terms))),
        Optional.of(ExaminedViews.transport(bill)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
