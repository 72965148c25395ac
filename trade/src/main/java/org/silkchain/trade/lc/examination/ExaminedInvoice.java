package org.silkchain.trade.lc.examination;

import static org.silkchain.trade.lc.examination.DocumentFields.DATE;

import java.time.LocalDate;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * What the examination reads from a commercial invoice (mapped from the full document record): who
 * issued it to whom, when, the amount in minor units of {@code currency}, the goods and quantity.
 */
public record ExaminedInvoice(
    String issuer,
    String buyer,
    LocalDate date,
    String currency,
    long amount,
    String goodsDescription,
    long quantity,
    String unit) {
  public static final int TYPE_TAG = 0x0F11;

  public static final Codec<ExaminedInvoice> CODEC =
      new Codec<>() {
        @Override
        public void encode(ExaminedInvoice i, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(i.issuer).string(i.buyer);
          DATE.encode(i.date, out);
          out.string(i.currency).u63(i.amount).string(i.goodsDescription);
          out.u63(i.quantity).string(i.unit);
        }

        @Override
        public ExaminedInvoice decode(CanonicalReader in) {
          in.header("invoice", TYPE_TAG, 1);
          try {
            return new ExaminedInvoice(
                DocumentFields.name(in, "invoice.issuer"),
                DocumentFields.name(in, "invoice.buyer"),
                DATE.decode(in),
                DocumentFields.currency(in, "invoice.currency"),
                DocumentFields.amount(in, "invoice.amount"),
                DocumentFields.description(in, "invoice.goods"),
                DocumentFields.amount(in, "invoice.quantity"),
                DocumentFields.unit(in, "invoice.unit"));
          } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, e.getMessage());
          }
        }
      };

  public ExaminedInvoice {
    DocumentFields.requireText(issuer, DocumentFields.NAME_BYTES, "issuer");
    DocumentFields.requireText(buyer, DocumentFields.NAME_BYTES, "buyer");
    java.util.Objects.requireNonNull(date, "date");
    DocumentFields.requireText(currency, 3, "currency");
    DocumentFields.requireAmount(amount, "amount");
    DocumentFields.requireText(goodsDescription, DocumentFields.DESCRIPTION_BYTES, "goods");
    DocumentFields.requireAmount(quantity, "quantity");
    DocumentFields.requireText(unit, DocumentFields.UNIT_BYTES, "unit");
  }
}
