package org.silkchain.trade.documents;

import static org.silkchain.trade.documents.DocumentFields.check;

import java.time.LocalDate;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * A commercial invoice: the seller bills the buyer {@code amount} minor units of {@code currency}
 * for {@code quantity} {@code unit}s of the goods described. Under a letter of credit the seller is
 * the beneficiary and the buyer the applicant (UCP 600 art. 18).
 */
public record CommercialInvoice(
    AccountId seller,
    AccountId buyer,
    String invoiceNumber,
    LocalDate issueDate,
    String currency,
    long amount,
    String goodsDescription,
    long quantity,
    String unit)
    implements TradeDocument {
  public static final int TYPE_TAG = 0x0D90;

  public static final Codec<CommercialInvoice> CODEC =
      new Codec<>() {
        @Override
        public void encode(CommercialInvoice v, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(v.seller, out);
          AccountId.CODEC.encode(v.buyer, out);
          out.string(v.invoiceNumber);
          DocumentFields.date(v.issueDate, out);
          out.string(v.currency).u63(v.amount).string(v.goodsDescription).u63(v.quantity);
          out.string(v.unit);
        }

        @Override
        public CommercialInvoice decode(CanonicalReader in) {
          in.header("invoice", TYPE_TAG, 1);
          return DocumentFields.valid(
              "invoice",
              () ->
                  new CommercialInvoice(
                      AccountId.CODEC.decode(in),
                      AccountId.CODEC.decode(in),
                      DocumentFields.number(in, "invoice.number"),
                      DocumentFields.date(in, "invoice.issueDate"),
                      Fields.text(in, "invoice.currency", 3, DocumentFields.CURRENCY),
                      Fields.positive(in, "invoice.amount"),
                      DocumentFields.text(in, "invoice.goods", DocumentFields.LONG_TEXT),
                      Fields.positive(in, "invoice.quantity"),
                      DocumentFields.text(in, "invoice.unit", DocumentFields.SHORT_TEXT)));
        }
      };

  public CommercialInvoice {
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(buyer, "buyer");
    check(invoiceNumber, DocumentFields.NUMBER, 35, "invoice number");
    DocumentFields.checkDate(issueDate, "issue date");
    check(currency, DocumentFields.CURRENCY, 3, "currency");
    DocumentFields.positive(amount, "amount");
    check(goodsDescription, DocumentFields.TEXT, 2048, "goods description");
    DocumentFields.positive(quantity, "quantity");
    check(unit, DocumentFields.TEXT, 140, "unit");
  }

  @Override
  public DocumentType type() {
    return DocumentType.COMMERCIAL_INVOICE;
  }
}
