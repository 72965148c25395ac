package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Examination of a presentation against the credit under UCP 600: a pure, deterministic function of
 * the terms, the structured documents and the presentation date (no state, no clock), so the
 * examining bank, the applicant and an auditor all get the same list from the same inputs.
 *
 * <p>Banks deal with documents, not goods (Art. 5): only what the documents state is examined. The
 * result lists every discrepancy found, in a fixed order (rule by rule, as listed in {@link
 * #RULES}), because a refusal must name them all in one notice (Art. 16(c)(ii)). An empty list is a
 * complying presentation (Art. 15).
 */
public final class Examiner {
  private static final List<Rule> RULES =
      List.of(
          new RequiredDocuments(),
          new TimingRules(),
          new InvoiceRules(),
          new TransportRules(),
          new QuantityRules(),
          new InsuranceRules(),
          new ConsistencyRules());

  private Examiner() {}

  public static List<Discrepancy> examine(
      LcTerms terms, PresentedDocuments documents, LocalDate presentationDate) {
    List<Discrepancy> found = new ArrayList<>();
    for (Rule rule : RULES) {
      rule.check(terms, documents, presentationDate, found);
    }
    return List.copyOf(found);
  }

  /**
   * The codes of {@link #examine}'s result, in canonical set order: what a refusal notice carries.
   */
  public static List<DiscrepancyCode> codes(List<Discrepancy> discrepancies) {
    return DiscrepancyCode.canonical(discrepancies.stream().map(Discrepancy::code).toList());
  }
}
