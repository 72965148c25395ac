package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Art. 14(d) and 14(e) across documents: the packing list shows the packages and the gross weight
 * the bill of lading shows, the certificate states the origin the credit requires, and documents
 * other than the invoice describe the goods in terms not conflicting with the credit.
 */
final class ConsistencyRules implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    if (d.transport().isPresent() && d.packingList().isPresent()) {
      ExaminedTransportDocument bill = d.transport().get();
      ExaminedPackingList list = d.packingList().get();
      if (bill.packages() != list.packages()) {
        Rule.flag(
            out,
            Article.DATA_CONFLICT,
            "packingList.packages",
            list.packages() + " packages, the bill of lading shows " + bill.packages());
      }
      if (bill.grossWeightGrams() != list.grossWeightGrams()) {
        Rule.flag(
            out,
            Article.DATA_CONFLICT,
            "packingList.grossWeight",
            list.grossWeightGrams() + " g, the bill of lading shows " + bill.grossWeightGrams());
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

  private static void goods(
      LcTerms t, String field, Optional<String> described, List<Discrepancy> out) {
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
