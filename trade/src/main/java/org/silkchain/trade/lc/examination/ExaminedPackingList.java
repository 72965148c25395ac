package org.silkchain.trade.lc.examination;

import static org.silkchain.trade.lc.examination.DocumentFields.DATE;

import java.time.LocalDate;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/** What the examination reads from a packing list: goods, packages and gross weight (grams). */
public record ExaminedPackingList(
    LocalDate date, String goodsDescription, long packages, long grossWeightGrams) {
  public static final int TYPE_TAG = 0x0F14;

  public static final Codec<ExaminedPackingList> CODEC =
      new Codec<>() {
        @Override
        public void encode(ExaminedPackingList p, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          DATE.encode(p.date, out);
          out.string(p.goodsDescription).u63(p.packages).u63(p.grossWeightGrams);
        }

        @Override
        public ExaminedPackingList decode(CanonicalReader in) {
          in.header("packingList", TYPE_TAG, 1);
          try {
            return new ExaminedPackingList(
                DATE.decode(in),
                DocumentFields.description(in, "packingList.goods"),
                DocumentFields.amount(in, "packingList.packages"),
                DocumentFields.amount(in, "packingList.grossWeight"));
          } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, e.getMessage());
          }
        }
      };

  public ExaminedPackingList {
    Objects.requireNonNull(date, "date");
    DocumentFields.requireText(goodsDescription, DocumentFields.DESCRIPTION_BYTES, "goods");
    DocumentFields.requireAmount(packages, "packages");
    DocumentFields.requireAmount(grossWeightGrams, "grossWeightGrams");
  }
}
