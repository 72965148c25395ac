package org.silkchain.trade.lc.examination;

import static org.silkchain.trade.lc.examination.DocumentFields.DATE;

import java.time.LocalDate;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/** What the examination reads from a packing list: goods, quantity and gross weight (kg). */
public record ExaminedPackingList(
    LocalDate date, String goodsDescription, long quantity, String unit, long grossWeightKg) {
  public static final int TYPE_TAG = 0x0F14;

  public static final Codec<ExaminedPackingList> CODEC =
      new Codec<>() {
        @Override
        public void encode(ExaminedPackingList p, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          DATE.encode(p.date, out);
          out.string(p.goodsDescription).u63(p.quantity).string(p.unit).u63(p.grossWeightKg);
        }

        @Override
        public ExaminedPackingList decode(CanonicalReader in) {
          in.header("packingList", TYPE_TAG, 1);
          try {
            return new ExaminedPackingList(
                DATE.decode(in),
                DocumentFields.description(in, "packingList.goods"),
                DocumentFields.amount(in, "packingList.quantity"),
                DocumentFields.unit(in, "packingList.unit"),
                DocumentFields.amount(in, "packingList.grossWeight"));
          } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, e.getMessage());
          }
        }
      };

  public ExaminedPackingList {
    Objects.requireNonNull(date, "date");
    DocumentFields.requireText(goodsDescription, DocumentFields.DESCRIPTION_BYTES, "goods");
    DocumentFields.requireAmount(quantity, "quantity");
    DocumentFields.requireText(unit, DocumentFields.UNIT_BYTES, "unit");
    DocumentFields.requireAmount(grossWeightKg, "grossWeightKg");
  }
}
