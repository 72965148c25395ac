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
 * A packing list: how the goods of an invoice are packed. Weights in grams, so that no fraction is
 * ever needed; {@code packages} of {@code packageType} (cartons, pallets) bearing {@code marks}.
 */
public record PackingList(
    AccountId shipper,
    String invoiceNumber,
    LocalDate issueDate,
    String goodsDescription,
    long packages,
    String packageType,
    long grossWeightGrams,
    long netWeightGrams,
    String marks)
    implements TradeDocument {
  public static final int TYPE_TAG = 0x0D91;

  public static final Codec<PackingList> CODEC =
      new Codec<>() {
        @Override
        public void encode(PackingList v, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(v.shipper, out);
          out.string(v.invoiceNumber);
          DocumentFields.date(v.issueDate, out);
          out.string(v.goodsDescription).u63(v.packages).string(v.packageType);
          out.u63(v.grossWeightGrams).u63(v.netWeightGrams).string(v.marks);
        }

        @Override
        public PackingList decode(CanonicalReader in) {
          in.header("packingList", TYPE_TAG, 1);
          return DocumentFields.valid(
              "packingList",
              () ->
                  new PackingList(
                      AccountId.CODEC.decode(in),
                      DocumentFields.number(in, "packingList.invoiceNumber"),
                      DocumentFields.date(in, "packingList.issueDate"),
                      DocumentFields.text(in, "packingList.goods", DocumentFields.LONG_TEXT),
                      Fields.positive(in, "packingList.packages"),
                      DocumentFields.text(in, "packingList.packageType", DocumentFields.SHORT_TEXT),
                      Fields.positive(in, "packingList.grossWeight"),
                      Fields.positive(in, "packingList.netWeight"),
                      DocumentFields.text(in, "packingList.marks", DocumentFields.SHORT_TEXT)));
        }
      };

  public PackingList {
    Objects.requireNonNull(shipper, "shipper");
    check(invoiceNumber, DocumentFields.NUMBER, 35, "invoice number");
    DocumentFields.checkDate(issueDate, "issue date");
    check(goodsDescription, DocumentFields.TEXT, 2048, "goods description");
    DocumentFields.positive(packages, "packages");
    check(packageType, DocumentFields.TEXT, 140, "package type");
    DocumentFields.positive(netWeightGrams, "net weight");
    if (grossWeightGrams < netWeightGrams) {
      throw new IllegalArgumentException("gross weight under net weight");
    }
    check(marks, DocumentFields.TEXT, 140, "marks");
  }

  @Override
  public DocumentType type() {
    return DocumentType.PACKING_LIST;
  }
}
