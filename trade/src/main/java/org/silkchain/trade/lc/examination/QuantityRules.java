package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;

/**
 * Art. 30 and 31 on the quantity drawn, as the invoice states it in the credit's unit: above the
 * credit's quantity plus its tolerance is a discrepancy under 30(a) ("about", 10%) or 30(b) (5% on
 * bulk, none on counted units); below it minus the tolerance is a partial shipment, a discrepancy
 * only when the credit prohibits partial shipments (31(a)).
 */
final class QuantityRules implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    if (d.invoice().isEmpty()) {
      return;
    }
    String field = "invoice.quantity";
    long quantity = d.invoice().get().quantity();
    String unit = d.invoice().get().unit();
    if (!Wording.same(unit, t.unit())) {
      Rule.flag(out, Article.DATA_CONFLICT, field, "in " + unit + ", the credit in " + t.unit());
      return;
    }
    Tolerance tolerance = t.quantityTolerance();
    if (quantity > tolerance.max(t.quantity())) {
      Rule.flag(
          out,
          t.quantityAbout() ? Article.AMOUNT_OR_QUANTITY_ABOUT : Article.QUANTITY_TOLERANCE,
          field,
          quantity + " " + unit + " exceeds " + tolerance.max(t.quantity()));
    } else if (quantity < tolerance.min(t.quantity()) && !t.partialShipmentsAllowed()) {
      Rule.flag(
          out,
          Article.PARTIAL_SHIPMENT,
          field,
          quantity + " of " + t.quantity() + " " + unit + " shipped; partial shipments prohibited");
    }
  }
}
