package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;

/**
 * Art. 30 and 31 on the quantity drawn (the invoice's, or the bill's without an invoice): above the
 * credit's quantity plus its tolerance is a discrepancy under 30(a) ("about", 10%) or 30(b) (5% on
 * bulk, none on counted units); below it minus the tolerance is a partial shipment, a discrepancy
 * only when the credit prohibits partial shipments (31(a)).
 */
final class QuantityRules implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    String field;
    long quantity;
    String unit;
    if (d.invoice().isPresent()) {
      field = "invoice.quantity";
      quantity = d.invoice().get().quantity();
      unit = d.invoice().get().unit();
    } else if (d.transport().isPresent()) {
      field = "transport.quantity";
      quantity = d.transport().get().quantity();
      unit = d.transport().get().unit();
    } else {
      return;
    }
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
