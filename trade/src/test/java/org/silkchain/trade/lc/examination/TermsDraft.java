package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mutable test terms: a CIF Hamburg to Shanghai sale of 200 sewing machines for EUR 100,000.00,
 * shipment by 2026-03-15, expiry 2026-04-10 (a Friday), all five documents required. Tests change a
 * field and {@link #build()}.
 */
public final class TermsDraft {
  public String applicant = "Shanghai Garments Co., Ltd.";
  public String beneficiary = "Hamburg Maschinen GmbH";
  public String currency = "EUR";
  public long amount = 100_000_00;
  public Tolerance tolerance = Tolerance.NONE;
  public String goods = "200 industrial sewing machines model SX-200";
  public long quantity = 200;
  public String unit = "PCS";
  public boolean quantityAbout = false;
  public boolean countable = true;
  public String incoterm = "CIF";
  public String portOfLoading = "Hamburg";
  public String portOfDischarge = "Shanghai";
  public LocalDate latestShipment = LocalDate.of(2026, 3, 15);
  public LocalDate expiry = LocalDate.of(2026, 4, 10);
  public String expiryPlace = "Shanghai";
  public int presentationDays = LcTerms.DEFAULT_PRESENTATION_DAYS;
  public boolean partialShipments = false;
  public Set<DocumentKind> required = EnumSet.allOf(DocumentKind.class);
  public int insuranceCover = LcTerms.DEFAULT_INSURANCE_COVER;
  public Optional<String> origin = Optional.of("DE");
  public Set<LocalDate> holidays = new TreeSet<>();

  public LcTerms build() {
    return new LcTerms(
        applicant,
        beneficiary,
        currency,
        amount,
        tolerance,
        goods,
        quantity,
        unit,
        quantityAbout,
        countable,
        incoterm,
        portOfLoading,
        portOfDischarge,
        latestShipment,
        expiry,
        expiryPlace,
        presentationDays,
        partialShipments,
        required,
        insuranceCover,
        origin,
        new TreeSet<>(holidays));
  }
}
