package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;

/**
 * Art. 20 and 27 on the bill of lading: it names the carrier, shows shipment on board a named
 * vessel no later than the credit's latest shipment date, from and to the credit's ports, and is
 * clean.
 */
final class TransportRules implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    if (d.transport().isEmpty()) {
      return;
    }
    ExaminedTransportDocument b = d.transport().get();
    if (Wording.blank(b.carrier())) {
      Rule.flag(out, Article.CARRIER, "transport.carrier", "no carrier named");
    }
    if (Wording.blank(b.vessel())) {
      Rule.flag(out, Article.ON_BOARD, "transport.vessel", "no vessel named");
    }
    if (b.onBoardDate().isEmpty()) {
      Rule.flag(out, Article.ON_BOARD, "transport.onBoardDate", "no on-board notation");
    } else if (b.onBoardDate().get().isAfter(t.latestShipmentDate())) {
      Rule.flag(
          out,
          Article.ON_BOARD,
          "transport.onBoardDate",
          "shipped " + b.onBoardDate().get() + ", latest shipment " + t.latestShipmentDate());
    }
    if (!Wording.same(b.portOfLoading(), t.portOfLoading())) {
      Rule.flag(out, Article.PORTS, "transport.portOfLoading", "loaded at " + b.portOfLoading());
    }
    if (!Wording.same(b.portOfDischarge(), t.portOfDischarge())) {
      Rule.flag(
          out, Article.PORTS, "transport.portOfDischarge", "discharge at " + b.portOfDischarge());
    }
    if (!b.clean()) {
      Rule.flag(out, Article.CLEAN, "transport.clean", "claused bill of lading");
    }
  }
}
