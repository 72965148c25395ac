package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;

/**
 * Art. 14(d) and 14(e) across documents: the quantity on the bill and the packing list is the
 * invoice's, the gross weight on the packing list is the bill's, the origin is the credit's, and
 * documents other than the invoice describe the goods in terms not conflicting with the credit.
 */
final class ConsistencyRules implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    d.invoice()
        .ifPresent(
            i -> {
              d.transport()
                  .filter(b -> !sameQuantity(b.quantity(), b.unit(), i))
                  .ifPresent(b -> conflict(out, "transport.quantity", b.quantity(), i));
              d.packingList()
                  .filter(p -> !sameQuantity(p.quantity(), p.unit(), i))
                  .ifPresent(p -> conflict(out, "packingList.quantity", p.quantity(), i));
            });
    if (d.transport().isPresent() && d.packingList().isPresent()) {
      long billKg = d.transport().get().grossWeightKg();
      long listKg = d.packingList().get().grossWeightKg();
      if (billKg != listKg) {
        Rule.flag(
            out,
            Article.DATA_CONFLICT,
            "packingList.grossWeight",
            listKg + " kg, the bill of lading shows " + billKg + " kg");
      }
    }
    d.origin()
        .ifPresent(
            o ->
                t.countryOfOrigin()
                    .filter(c -> !c.equals(o.countryOfOrigin()))
                    .ifPresent(
                        c ->
                            Rule.flag(
                                out,
                                Article.DATA_CONFLICT,
                                "origin.country",
                                o.countryOfOrigin() + ", the credit requires " + c)));
    goods(
        t, "transport.goods", d.transport().map(ExaminedTransportDocument::goodsDescription), out);
    goods(t, "packingList.goods", d.packingList().map(ExaminedPackingList::goodsDescription), out);
    goods(t, "origin.goods", d.origin().map(ExaminedCertificateOfOrigin::goodsDescription), out);
  }

  private static boolean sameQuantity(long quantity, String unit, ExaminedInvoice i) {
    return quantity == i.quantity() && Wording.same(unit, i.unit());
  }

  private static void conflict(List<Discrepancy> out, String field, long q, ExaminedInvoice i) {
    Rule.flag(
        out,
        Article.DATA_CONFLICT,
        field,
        q + ", the invoice shows " + i.quantity() + " " + i.unit());
  }

  private static void goods(
      LcTerms t, String field, java.util.Optional<String> described, List<Discrepancy> out) {
    described
        .filter(g -> !Wording.generalTermsFit(g, t.goodsDescription()))
        .ifPresent(
            g ->
                Rule.flag(
                    out,
                    Article.GOODS_DESCRIPTION_CONFLICT,
                    field,
                    "\"" + g + "\" conflicts with the credit's description"));
  }
}
