package org.silkchain.trade.lc.examination;

import java.util.Optional;

/**
 * The UCP 600 provisions a discrepancy can be named under. {@link #code()} is the stable text form
 * ("18(b)") that refusal notices carry on the chain; never rename a code, only add.
 */
public enum Article {
  PRESENTATION_AFTER_EXPIRY("6(d)", "documents presented after the credit expired"),
  DOCUMENT_MISSING("14(a)", "a document the credit requires was not presented"),
  PRESENTATION_PERIOD("14(c)", "presented later than the period after shipment"),
  DATA_CONFLICT("14(d)", "data conflict with the credit, the document or another document"),
  GOODS_DESCRIPTION_CONFLICT("14(e)", "goods description conflicts with the credit"),
  DOCUMENT_DATED_AFTER_PRESENTATION("14(i)", "document dated later than its presentation"),
  INVOICE_ISSUER("18(a)(i)", "invoice not issued by the beneficiary"),
  INVOICE_BUYER("18(a)(ii)", "invoice not made out in the name of the applicant"),
  INVOICE_CURRENCY("18(a)(iii)", "invoice not in the currency of the credit"),
  INVOICE_AMOUNT("18(b)", "invoice amount exceeds the amount permitted by the credit"),
  INVOICE_GOODS("18(c)", "invoice goods description does not correspond with the credit"),
  CARRIER("20(a)(i)", "transport document does not name and come from the carrier"),
  ON_BOARD("20(a)(ii)", "shipment on board a named vessel not shown, or later than allowed"),
  PORTS("20(a)(iii)", "ports of loading or discharge differ from the credit"),
  CLEAN("27", "transport document bears a clause declaring defective goods or packaging"),
  INSURANCE_DATE("28(e)", "insurance effective later than the date of shipment"),
  INSURANCE_CURRENCY("28(f)(i)", "insurance not in the currency of the credit"),
  INSURANCE_COVER("28(f)(ii)", "insurance cover below the minimum amount"),
  INSURANCE_ROUTE("28(f)(iii)", "insurance does not cover from loading to discharge"),
  AMOUNT_OR_QUANTITY_ABOUT("30(a)", "quantity outside the 10% an 'about' allows"),
  QUANTITY_TOLERANCE("30(b)", "quantity outside the 5% tolerance"),
  PARTIAL_SHIPMENT("31(a)", "partial shipment while the credit prohibits it");

  private final String code;
  private final String title;

  Article(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The stable UCP 600 reference, such as {@code 18(b)}. */
  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public static Optional<Article> fromCode(String code) {
    for (Article a : values()) {
      if (a.code.equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
