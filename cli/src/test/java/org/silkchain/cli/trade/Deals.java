package org.silkchain.cli.trade;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.ebl.BillData;
import org.silkchain.trade.ebl.BillParty;
import org.silkchain.trade.ebl.Consignment;
import org.silkchain.trade.ebl.Container;
import org.silkchain.trade.ebl.Port;
import org.silkchain.trade.lc.examination.DocumentKind;
import org.silkchain.trade.lc.examination.ExaminedCertificateOfOrigin;
import org.silkchain.trade.lc.examination.ExaminedInsuranceCertificate;
import org.silkchain.trade.lc.examination.ExaminedInvoice;
import org.silkchain.trade.lc.examination.ExaminedPackingList;
import org.silkchain.trade.lc.examination.ExaminedTransportDocument;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.PresentedDocuments;
import org.silkchain.trade.lc.examination.Tolerance;

/**
 * The sale behind the network's credits, dated around {@code today} (the network's block time is
 * the wall clock): a CIF Shanghai to Singapore sale of 200 sewing machines for SGD 100,000.00,
 * shipped on board three days ago, to be shipped within ten days and presented within the credit's
 * forty. Its words ({@link #SECRETS}) are what nobody outside the deal may find on the ledger.
 */
final class Deals {
  static final long AMOUNT = 100_000_00;
  static final String CURRENCY = "SGD";
  static final String APPLICANT = "Lion City Garment Works";
  static final String BENEFICIARY = "Huangpu Machinery Co";
  static final String GOODS = "200 industrial sewing machines model QX-717";
  static final String INSURER = "Merlion Marine Underwriters";

  /** Words of the terms and documents that appear nowhere public (no member is named so). */
  static final List<String> SECRETS =
      List.of("sewing", "QX-717", "Lion City Garment", "Huangpu Machinery", "Merlion Marine");

  private Deals() {}

  static LcTerms terms(LocalDate today) {
    return new LcTerms(
        APPLICANT,
        BENEFICIARY,
        CURRENCY,
        AMOUNT,
        Tolerance.NONE,
        GOODS,
        200,
        "PCS",
        false,
        true,
        "CIF",
        "Shanghai",
        "Singapore",
        today.plusDays(10),
        today.plusDays(40),
        "Singapore",
        LcTerms.DEFAULT_PRESENTATION_DAYS,
        false,
        EnumSet.allOf(DocumentKind.class),
        LcTerms.DEFAULT_INSURANCE_COVER,
        Optional.of("CN"),
        new TreeSet<>());
  }

  /** What the carrier's bill says about the shipment (the transport document presented). */
  static ExaminedTransportDocument transport(LocalDate today) {
    LocalDate onBoard = today.minusDays(3);
    return new ExaminedTransportDocument(
        "East Sea Shipping",
        "EAST SEA PIONEER",
        "SHANGHAI",
        "Singapore",
        Optional.of(onBoard),
        onBoard,
        true,
        "sewing machines",
        40,
        24_000_000);
  }

  /**
   * The five documents; {@code discrepant}: insured for 100% only (UCP 600 28(f)(ii) asks 110%) and
   * a packing list whose gross weight conflicts with the bill's (14(d)).
   */
  static PresentedDocuments documents(LocalDate today, boolean discrepant) {
    LocalDate invoiced = today.minusDays(4);
    return new PresentedDocuments(
        Optional.of(
            new ExaminedInvoice(
                BENEFICIARY,
                APPLICANT,
                invoiced,
                CURRENCY,
                AMOUNT,
                "200 Industrial Sewing Machines model QX-717",
                200,
                "PCS")),
        Optional.of(transport(today)),
        Optional.of(
            new ExaminedInsuranceCertificate(
                INSURER,
                invoiced,
                invoiced,
                CURRENCY,
                discrepant ? AMOUNT : 110_000_00,
                Optional.of(new ExaminedInsuranceCertificate.Route("Shanghai", "Singapore")))),
        Optional.of(
            new ExaminedPackingList(
                invoiced,
                "industrial sewing machines QX-717",
                40,
                discrepant ? 23_000_000 : 24_000_000)),
        Optional.of(new ExaminedCertificateOfOrigin(today.minusDays(5), "CN", "sewing machines")));
  }

  /** A clean to-order bill of lading from {@code shipper}, notifying {@code notify}. */
  static BillData billOfLading(
      String reference, AccountId carrier, AccountId shipper, AccountId notify, LocalDate today) {
    return new BillData(
        reference,
        "ESSL",
        BillParty.of(
            "East Sea Shipping",
            new BillParty.Address("Harbour Front 1", "Singapore", "SG"),
            carrier),
        BillParty.of(
            BENEFICIARY, new BillParty.Address("Waigaoqiao Road 8", "Shanghai", "CN"), shipper),
        Optional.empty(),
        List.of(
            BillParty.of(
                APPLICANT, new BillParty.Address("Jurong Street 3", "Singapore", "SG"), notify)),
        "EAST SEA PIONEER",
        "2611S",
        new Port("CNSHA", "Shanghai"),
        new Port("SGSIN", "Singapore"),
        today.minusDays(3),
        today.plusDays(4),
        today.minusDays(3),
        today.minusDays(3),
        "CNSHA",
        "CNSHA",
        true,
        List.of(),
        List.of(
            new Consignment(
                "ESS261126",
                List.of("40 crates sewing machines QX-717", "HS 845221"),
                "845221",
                List.of(new Consignment.Cargo("ESSU1234567", 24_000_000, 40, "Crate")))),
        List.of(new Container("ESSU1234567", "45G1", List.of("ES0042"), false)),
        "Documentation Desk",
        "docs@eastsea.example",
        "Carriage under the carrier's standard terms, available on request.");
  }
}
