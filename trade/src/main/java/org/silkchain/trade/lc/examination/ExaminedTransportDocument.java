package org.silkchain.trade.lc.examination;

import static org.silkchain.trade.lc.examination.DocumentFields.DATE;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * What the examination reads from the bill of lading (the eBL's data): the carrier, the vessel, the
 * ports, the on-board date (absent if the bill bears no on-board notation; Art. 20(a)(ii) makes it
 * the shipment date), whether the bill is clean (Art. 27), the goods, the quantity and the gross
 * weight in kilograms.
 */
public record ExaminedTransportDocument(
    String carrier,
    String vessel,
    String portOfLoading,
    String portOfDischarge,
    Optional<LocalDate> onBoardDate,
    LocalDate issueDate,
    boolean clean,
    String goodsDescription,
    long packages,
    long grossWeightGrams) {
  public static final int TYPE_TAG = 0x0F12;

  public static final Codec<ExaminedTransportDocument> CODEC =
      new Codec<>() {
        @Override
        public void encode(ExaminedTransportDocument t, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(t.carrier).string(t.vessel);
          out.string(t.portOfLoading).string(t.portOfDischarge).optional(t.onBoardDate, DATE);
          DATE.encode(t.issueDate, out);
          out.bool(t.clean).string(t.goodsDescription).u63(t.packages).u63(t.grossWeightGrams);
        }

        @Override
        public ExaminedTransportDocument decode(CanonicalReader in) {
          in.header("transport", TYPE_TAG, 1);
          try {
            return new ExaminedTransportDocument(
                DocumentFields.name(in, "transport.carrier"),
                DocumentFields.name(in, "transport.vessel"),
                DocumentFields.name(in, "transport.portOfLoading"),
                DocumentFields.name(in, "transport.portOfDischarge"),
                in.optional("transport.onBoard", DATE),
                DATE.decode(in),
                in.bool("transport.clean"),
                DocumentFields.description(in, "transport.goods"),
                DocumentFields.amount(in, "transport.packages"),
                DocumentFields.amount(in, "transport.grossWeight"));
          } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, e.getMessage());
          }
        }
      };

  public ExaminedTransportDocument {
    DocumentFields.requireText(carrier, DocumentFields.NAME_BYTES, "carrier");
    DocumentFields.requireText(vessel, DocumentFields.NAME_BYTES, "vessel");
    DocumentFields.requireText(portOfLoading, DocumentFields.NAME_BYTES, "portOfLoading");
    DocumentFields.requireText(portOfDischarge, DocumentFields.NAME_BYTES, "portOfDischarge");
    Objects.requireNonNull(onBoardDate, "onBoardDate");
    Objects.requireNonNull(issueDate, "issueDate");
    DocumentFields.requireText(goodsDescription, DocumentFields.DESCRIPTION_BYTES, "goods");
    DocumentFields.requireAmount(packages, "packages");
    DocumentFields.requireAmount(grossWeightGrams, "grossWeightGrams");
  }
}
