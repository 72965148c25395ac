package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Art. 14(a): every document the credit requires must be presented. */
final class RequiredDocuments implements Rule {
  @Override
  public void check(LcTerms t, PresentedDocuments d, LocalDate presented, List<Discrepancy> out) {
    Set<DocumentKind> present = d.kinds();
    for (DocumentKind required : t.requiredDocuments()) {
      if (!present.contains(required)) {
        Rule.flag(
            out,
            Article.DOCUMENT_MISSING,
            "documents." + field(required),
            required.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " not presented");
      }
    }
  }

  private static String field(DocumentKind kind) {
    return switch (kind) {
      case COMMERCIAL_INVOICE -> "invoice";
      case TRANSPORT_DOCUMENT -> "transport";
      case INSURANCE_CERTIFICATE -> "insurance";
      case PACKING_LIST -> "packingList";
      case CERTIFICATE_OF_ORIGIN -> "origin";
    };
  }
}
