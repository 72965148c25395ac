package org.silkchain.trade.lc.examination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test (or a few) per UCP 600 article the engine applies; a clean presentation first. */
class ExaminerTest {
  private final TermsDraft terms = new TermsDraft();
  private final DocumentsDraft docs = new DocumentsDraft();
  private LocalDate presented = DocumentsDraft.PRESENTED;

  private List<String> found() {
    return Examiner.examine(terms.build(), docs.build(), presented).stream()
        .map(d -> d.article().code() + " " + d.field())
        .toList();
  }

  @Test
  void aCompliantPresentationHasNoDiscrepancy() {
    assertThat(Examiner.examine(terms.build(), docs.build(), presented)).isEmpty();
  }

  @Test
  void art14aEveryRequiredDocumentIsPresented() {
    docs.withInsurance = false;
    docs.withOrigin = false;
    assertThat(found()).containsExactly("14(a) documents.insurance", "14(a) documents.origin");
    terms.required = EnumSet.of(DocumentKind.COMMERCIAL_INVOICE, DocumentKind.TRANSPORT_DOCUMENT);
    assertThat(found()).isEmpty();
  }

  @Test
  void art6dNoPresentationAfterExpiry() {
    terms.presentationDays = 60;
    presented = LocalDate.of(2026, 4, 10);
    assertThat(found()).isEmpty();
    presented = LocalDate.of(2026, 4, 11);
    assertThat(found()).containsExactly("6(d) presentation.date");
  }

  @Test
  void art29aExpiryOnAClosedDayMovesToTheNextBankingDay() {
    terms.presentationDays = 60;
    terms.expiry = LocalDate.of(2026, 4, 4); // a Saturday
    terms.holidays.add(LocalDate.of(2026, 4, 6)); // Easter Monday
    presented = LocalDate.of(2026, 4, 7);
    assertThat(found()).isEmpty();
    presented = LocalDate.of(2026, 4, 8);
    assertThat(found()).containsExactly("6(d) presentation.date");
  }

  @Test
  void art14cPresentationWithin21DaysAfterShipment() {
    presented = LocalDate.of(2026, 3, 31); // shipped 03-10: day 21
    assertThat(found()).isEmpty();
    presented = LocalDate.of(2026, 4, 1);
    assertThat(found()).containsExactly("14(c) presentation.date");
  }

  @Test
  void art29aThePresentationPeriodEndingOnAWeekendMovesToMonday() {
    docs.onBoard = Optional.of(LocalDate.of(2026, 3, 7)); // day 21 is Saturday 03-28
    docs.billIssued = LocalDate.of(2026, 3, 7);
    docs.insuranceEffective = LocalDate.of(2026, 3, 6);
    docs.invoiceDate = LocalDate.of(2026, 3, 6);
    presented = LocalDate.of(2026, 3, 30);
    assertThat(found()).isEmpty();
    presented = LocalDate.of(2026, 3, 31);
    assertThat(found()).containsExactly("14(c) presentation.date");
  }

  @Test
  void art14iNoDocumentDatedAfterPresentation() {
    docs.invoiceDate = LocalDate.of(2026, 3, 21);
    assertThat(found()).containsExactly("14(i) invoice.date", "14(i) packingList.date");
  }

  @Test
  void art18InvoiceFromBeneficiaryToApplicantInCurrency() {
    docs.issuer = "Bremen Trading";
    docs.buyer = "Someone Else";
    docs.invoiceCurrency = "USD";
    assertThat(found())
        .containsExactly(
            "18(a)(i) invoice.issuer", "18(a)(ii) invoice.buyer", "18(a)(iii) invoice.currency");
  }

  @Test
  void art18bInvoiceAmountWithinTheCreditAndItsTolerance() {
    docs.invoiceAmount = 100_000_01;
    docs.insured = 120_000_00;
    assertThat(found()).containsExactly("18(b) invoice.amount");
    terms.tolerance = Tolerance.ABOUT;
    assertThat(found()).isEmpty();
    docs.invoiceAmount = 110_000_01;
    docs.insured = 130_000_00;
    assertThat(found()).containsExactly("18(b) invoice.amount");
  }

  @Test
  void art18cInvoiceGoodsCorrespondWithTheCredit() {
    docs.invoiceGoods = "200 used sewing machines";
    assertThat(found()).containsExactly("18(c) invoice.goods");
  }

  @Test
  void art20OnBoardNamedVesselPortsAndCarrier() {
    docs.carrier = " ";
    docs.vessel = "";
    docs.portOfLoading = "Bremerhaven";
    docs.portOfDischarge = "Ningbo";
    assertThat(found())
        .containsExactly(
            "20(a)(i) transport.carrier",
            "20(a)(ii) transport.vessel",
            "20(a)(iii) transport.portOfLoading",
            "20(a)(iii) transport.portOfDischarge");
  }

  @Test
  void art20NoOnBoardNotationOrLateShipment() {
    docs.onBoard = Optional.empty();
    assertThat(found()).containsExactly("20(a)(ii) transport.onBoardDate");
    docs.onBoard = Optional.of(LocalDate.of(2026, 3, 16));
    docs.billIssued = LocalDate.of(2026, 3, 16);
    assertThat(found()).containsExactly("20(a)(ii) transport.onBoardDate");
  }

  @Test
  void art27TheBillIsClean() {
    docs.clean = false;
    assertThat(found()).containsExactly("27 transport.clean");
  }

  @Test
  void art28InsuranceDateCurrencyCoverAndRoute() {
    docs.insuranceEffective = LocalDate.of(2026, 3, 11);
    docs.insuranceCurrency = "USD";
    docs.insured = 109_999_99;
    docs.route = Optional.of(new ExaminedInsuranceCertificate.Route("Hamburg", "Ningbo"));
    assertThat(found())
        .containsExactly(
            "28(e) insurance.effectiveDate",
            "28(f)(i) insurance.currency",
            "28(f)(ii) insurance.amount",
            "28(f)(iii) insurance.route");
  }

  @Test
  void art28CoverFollowsTheCreditsPercentageRoundedUp() {
    terms.insuranceCover = 120;
    docs.invoiceAmount = 99_999_99;
    docs.insured = 119_999_98; // 120% is 119,999.988: at least 119,999.99
    assertThat(found()).containsExactly("28(f)(ii) insurance.amount");
    docs.insured = 119_999_99;
    assertThat(found()).isEmpty();
  }

  @Test
  void art30QuantityTolerances() {
    docs.invoiceQuantity = 201;
    assertThat(found()).containsExactly("30(b) invoice.quantity");
    terms.countable = false; // bulk: 5% either way
    terms.quantity = 200;
    assertThat(found()).isEmpty();
    docs.invoiceQuantity = 211;
    assertThat(found()).containsExactly("30(b) invoice.quantity");
    terms.quantityAbout = true;
    assertThat(found()).isEmpty();
    docs.invoiceQuantity = 221;
    assertThat(found()).containsExactly("30(a) invoice.quantity");
  }

  @Test
  void art31PartialShipmentsOnlyWhenAllowed() {
    docs.invoiceQuantity = 150;
    docs.invoiceAmount = 75_000_00;
    docs.insured = 82_500_00;
    assertThat(found()).containsExactly("31(a) invoice.quantity");
    terms.partialShipments = true;
    assertThat(found()).isEmpty();
  }

  @Test
  void art14dDataAcrossDocumentsDoesNotConflict() {
    docs.packedPackages = 39;
    docs.packedGrossGrams = 23_500_000;
    docs.originCountry = "CN";
    docs.unit = "SETS";
    assertThat(found())
        .containsExactly(
            "14(d) invoice.quantity",
            "14(d) packingList.packages",
            "14(d) packingList.grossWeight",
            "14(d) origin.country");
  }

  @Test
  void art28RouteIsCheckedOnlyWhereTheCertificateStatesOne() {
    docs.route = Optional.empty();
    assertThat(found()).isEmpty();
  }

  @Test
  void art14eOtherDocumentsDescribeGoodsInNonConflictingTerms() {
    docs.billGoods = "used sewing machines";
    docs.originGoods = "";
    assertThat(found()).containsExactly("14(e) transport.goods", "14(e) origin.goods");
  }

  @Test
  void everyDiscrepancyIsListedOnceInOneResult() {
    docs.clean = false;
    docs.invoiceAmount = 200_000_00;
    docs.insured = 220_000_00;
    docs.withOrigin = false;
    presented = LocalDate.of(2026, 4, 20);
    List<Discrepancy> all = Examiner.examine(terms.build(), docs.build(), presented);
    assertThat(all)
        .extracting(d -> d.article().code())
        .containsExactly("14(a)", "6(d)", "14(c)", "18(b)", "27");
    assertThat(Examiner.codes(all))
        .extracting(DiscrepancyCode::toString)
        .containsExactly( // canonical set order: by encoding, so shorter codes first
            "27 transport.clean",
            "6(d) presentation.date",
            "14(a) documents.origin",
            "14(c) presentation.date",
            "18(b) invoice.amount");
  }
}
