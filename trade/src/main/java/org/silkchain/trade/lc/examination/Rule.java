package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.List;

/** One group of checks, adding what it finds to {@code out}; pure and deterministic. */
interface Rule {
  void check(LcTerms terms, PresentedDocuments docs, LocalDate presented, List<Discrepancy> out);

  static void flag(List<Discrepancy> out, Article article, String field, String message) {
    out.add(new Discrepancy(article, field, message));
  }
}
