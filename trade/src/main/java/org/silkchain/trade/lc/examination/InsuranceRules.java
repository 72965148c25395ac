package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;

/**
 * Art. 28 on the insurance document: effective no later than shipment, in the credit's currency,
 * covering at least the credit's percentage (110% unless stated) of the CIF or CIP value (here the
 * invoice amount; without an invoice, the credit amount), from the port of loading to the port of
 * discharge where the certificate states its route.
 */
final class InsuranceRules implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    if (d.insurance().isEmpty()) {
      return;
    }
    ExaminedInsuranceCertificate c = d.insurance().get();
    d.transport()
        .flatMap(ExaminedTransportDocument::onBoardDate)
        .filter(c.effectiveDate()::isAfter)
        .ifPresent(
            shipped ->
                Rule.flag(
                    out,
                    Article.INSURANCE_DATE,
                    "insurance.effectiveDate",
                    "cover from " + c.effectiveDate() + ", shipment " + shipped));
    if (!c.currency().equals(t.currency())) {
      Rule.flag(out, Article.INSURANCE_CURRENCY, "insurance.currency", c.currency() + " insured");
    }
    long required = minimumCover(t, d);
    if (c.insuredAmount() < required) {
      Rule.flag(
          out,
          Article.INSURANCE_COVER,
          "insurance.amount",
          c.insuredAmount() + " insured, at least " + required + " required");
    }
    c.route()
        .filter(
            r ->
                !Wording.same(r.from(), t.portOfLoading())
                    || !Wording.same(r.to(), t.portOfDischarge()))
        .ifPresent(
            r ->
                Rule.flag(
                    out,
                    Article.INSURANCE_ROUTE,
                    "insurance.route",
                    "covers " + r.from() + " to " + r.to()));
  }

  /** The cover percentage of the insured value, rounded up to a whole minor unit. */
  static long minimumCover(LcTerms t, PresentedDocuments d) {
    long value = d.invoice().map(ExaminedInvoice::amount).orElse(t.amount());
    long scaled = Math.multiplyExact(value, t.insuranceCoverPercent());
    return scaled / 100 + (scaled % 100 == 0 ? 0 : 1);
  }
}
