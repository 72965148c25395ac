package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Mutable test documents complying with {@link TermsDraft}'s defaults when presented on {@link
 * #PRESENTED}: shipped on board 2026-03-10, everything dated on or before that.
 */
public final class DocumentsDraft {
  public static final LocalDate PRESENTED = LocalDate.of(2026, 3, 20);

  public boolean withInvoice = true;
  public String issuer = "Hamburg Maschinen GmbH";
  public String buyer = "Shanghai Garments Co., Ltd.";
  public String invoiceCurrency = "EUR";
  public long invoiceAmount = 100_000_00;
  public String invoiceGoods = "200 Industrial Sewing Machines model SX-200";
  public long invoiceQuantity = 200;
  public String unit = "PCS";
  public LocalDate invoiceDate = LocalDate.of(2026, 3, 9);

  public boolean withTransport = true;
  public String carrier = "Hapag-Lloyd AG";
  public String vessel = "Hamburg Express";
  public String portOfLoading = "HAMBURG";
  public String portOfDischarge = "Shanghai";
  public Optional<LocalDate> onBoard = Optional.of(LocalDate.of(2026, 3, 10));
  public LocalDate billIssued = LocalDate.of(2026, 3, 10);
  public boolean clean = true;
  public String billGoods = "sewing machines";
  public long billPackages = 40;
  public long billGrossGrams = 24_000_000;

  public boolean withInsurance = true;
  public LocalDate insuranceEffective = LocalDate.of(2026, 3, 9);
  public String insuranceCurrency = "EUR";
  public long insured = 110_000_00;
  public Optional<ExaminedInsuranceCertificate.Route> route =
      Optional.of(new ExaminedInsuranceCertificate.Route("Hamburg", "Shanghai"));

  public boolean withPackingList = true;
  public long packedPackages = 40;
  public long packedGrossGrams = 24_000_000;
  public String packedGoods = "industrial sewing machines SX-200";

  public boolean withOrigin = true;
  public String originCountry = "DE";
  public String originGoods = "sewing machines";

  public PresentedDocuments build() {
    return new PresentedDocuments(
        withInvoice
            ? Optional.of(
                new ExaminedInvoice(
                    issuer,
                    buyer,
                    invoiceDate,
                    invoiceCurrency,
                    invoiceAmount,
                    invoiceGoods,
                    invoiceQuantity,
                    unit))
            : Optional.empty(),
        withTransport
            ? Optional.of(
                new ExaminedTransportDocument(
                    carrier,
                    vessel,
                    portOfLoading,
                    portOfDischarge,
                    onBoard,
                    billIssued,
                    clean,
                    billGoods,
                    billPackages,
                    billGrossGrams))
            : Optional.empty(),
        withInsurance
            ? Optional.of(
                new ExaminedInsuranceCertificate(
                    "Allianz Marine",
                    insuranceEffective,
                    insuranceEffective,
                    insuranceCurrency,
                    insured,
                    route))
            : Optional.empty(),
        withPackingList
            ? Optional.of(
                new ExaminedPackingList(invoiceDate, packedGoods, packedPackages, packedGrossGrams))
            : Optional.empty(),
        withOrigin
            ? Optional.of(
                new ExaminedCertificateOfOrigin(
                    LocalDate.of(2026, 3, 8), originCountry, originGoods))
            : Optional.empty());
  }
}
