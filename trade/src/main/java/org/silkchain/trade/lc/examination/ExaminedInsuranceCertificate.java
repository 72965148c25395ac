package org.silkchain.trade.lc.examination;

import static org.silkchain.trade.lc.examination.DocumentFields.DATE;

import java.time.LocalDate;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * What the examination reads from an insurance certificate: the insurer, the date cover starts, the
 * insured amount in minor units of {@code currency}, and the route it covers (Art. 28).
 */
public record ExaminedInsuranceCertificate(
    String insurer,
    LocalDate date,
    LocalDate effectiveDate,
    String currency,
    long insuredAmount,
    String coverFrom,
    String coverTo) {
  public static final int TYPE_TAG = 0x0F13;

  public static final Codec<ExaminedInsuranceCertificate> CODEC =
      new Codec<>() {
        @Override
        public void encode(ExaminedInsuranceCertificate c, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(c.insurer);
          DATE.encode(c.date, out);
          DATE.encode(c.effectiveDate, out);
          out.string(c.currency).u63(c.insuredAmount).string(c.coverFrom).string(c.coverTo);
        }

        @Override
        public ExaminedInsuranceCertificate decode(CanonicalReader in) {
          in.header("insurance", TYPE_TAG, 1);
          try {
            return new ExaminedInsuranceCertificate(
                DocumentFields.name(in, "insurance.insurer"),
                DATE.decode(in),
                DATE.decode(in),
                DocumentFields.currency(in, "insurance.currency"),
                DocumentFields.amount(in, "insurance.amount"),
                DocumentFields.name(in, "insurance.from"),
                DocumentFields.name(in, "insurance.to"));
          } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, e.getMessage());
          }
        }
      };

  public ExaminedInsuranceCertificate {
    DocumentFields.requireText(insurer, DocumentFields.NAME_BYTES, "insurer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    DocumentFields.requireText(currency, 3, "currency");
    DocumentFields.requireAmount(insuredAmount, "insuredAmount");
    DocumentFields.requireText(coverFrom, DocumentFields.NAME_BYTES, "coverFrom");
    DocumentFields.requireText(coverTo, DocumentFields.NAME_BYTES, "coverTo");
  }
}
