package org.silkchain.trade.lc.examination;

import java.util.Objects;

/**
 * One way a presentation fails to comply: the UCP 600 article, the field it concerns (such as
 * {@code invoice.amount}) and a message for people, which may quote business data and therefore
 * stays off the chain. The chain sees only {@link #code()}.
 */
public record Discrepancy(Article article, String field, String message) {
  public Discrepancy {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** The part of the discrepancy a refusal notice carries on the chain. */
  public DiscrepancyCode code() {
    return new DiscrepancyCode(article, field);
  }

  @Override
  public String toString() {
    return article.code() + " " + field + ": " + message;
  }
}
