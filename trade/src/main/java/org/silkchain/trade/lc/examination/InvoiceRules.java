package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;

/**
 * Art. 18: the invoice comes from the beneficiary, is made out to the applicant, in the credit's
 * currency, for no more than the credit allows (its amount plus the tolerance, Art. 30(a)), and
 * describes the goods as the credit does.
 */
final class InvoiceRules implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    if (d.invoice().isEmpty()) {
      return;
    }
    ExaminedInvoice i = d.invoice().get();
    if (!Wording.same(i.issuer(), t.beneficiaryName())) {
      Rule.flag(out, Article.INVOICE_ISSUER, "invoice.issuer", "issued by " + i.issuer());
    }
    if (!Wording.same(i.buyer(), t.applicantName())) {
      Rule.flag(out, Article.INVOICE_BUYER, "invoice.buyer", "made out to " + i.buyer());
    }
    if (!i.currency().equals(t.currency())) {
      Rule.flag(
          out,
          Article.INVOICE_CURRENCY,
          "invoice.currency",
          i.currency() + " instead of " + t.currency());
    }
    if (i.amount() > t.maxAmount()) {
      Rule.flag(
          out,
          Article.INVOICE_AMOUNT,
          "invoice.amount",
          i.amount() + " exceeds " + t.maxAmount() + " (credit amount with its tolerance)");
    }
    if (!Wording.same(i.goodsDescription(), t.goodsDescription())) {
      Rule.flag(
          out,
          Article.INVOICE_GOODS,
          "invoice.goods",
          "\"" + i.goodsDescription() + "\" does not correspond with the credit");
    }
  }
}
