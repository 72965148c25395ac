package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;

/**
 * Dates: presentation on or before expiry (Art. 6(d)), within the period after shipment (Art.
 * 14(c), 21 days unless the credit says otherwise), both extended to the next banking day when they
 * fall on a closed day (Art. 29(a)); no document dated after its presentation (Art. 14(i)). The
 * latest shipment date is not extended (Art. 29(c)).
 */
final class TimingRules implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    BankingCalendar calendar = t.calendar();
    LocalDate lastDay = calendar.onOrAfter(t.expiryDate());
    if (presented.isAfter(lastDay)) {
      Rule.flag(
          out,
          Article.PRESENTATION_AFTER_EXPIRY,
          "presentation.date",
          "presented " + presented + ", credit expired " + lastDay);
    }
    d.transport()
        .flatMap(ExaminedTransportDocument::onBoardDate)
        .ifPresent(
            shipped -> {
              LocalDate periodEnd =
                  calendar.onOrAfter(shipped.plusDays(t.presentationPeriodDays()));
              if (presented.isAfter(periodEnd)) {
                Rule.flag(
                    out,
                    Article.PRESENTATION_PERIOD,
                    "presentation.date",
                    "presented "
                        + presented
                        + ", more than "
                        + t.presentationPeriodDays()
                        + " days after shipment on "
                        + shipped);
              }
            });
    for (PresentedDocuments.Dated dated : d.dates()) {
      if (dated.date().isAfter(presented)) {
        Rule.flag(
            out,
            Article.DOCUMENT_DATED_AFTER_PRESENTATION,
            dated.field(),
            "dated " + dated.date() + ", after its presentation on " + presented);
      }
    }
  }
}
