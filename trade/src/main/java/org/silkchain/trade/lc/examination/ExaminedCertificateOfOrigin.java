package org.silkchain.trade.lc.examination;

import static org.silkchain.trade.lc.examination.DocumentFields.DATE;

import java.time.LocalDate;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.runtime.module.Fields;

/** What the examination reads from a certificate of origin: its date, the origin, the goods. */
public record ExaminedCertificateOfOrigin(
    LocalDate date, String countryOfOrigin, String goodsDescription) {
  public static final int TYPE_TAG = 0x0F15;

  public static final Codec<ExaminedCertificateOfOrigin> CODEC =
      new Codec<>() {
        @Override
        public void encode(ExaminedCertificateOfOrigin c, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          DATE.encode(c.date, out);
          out.string(c.countryOfOrigin).string(c.goodsDescription);
        }

        @Override
        public ExaminedCertificateOfOrigin decode(CanonicalReader in) {
          in.header("origin", TYPE_TAG, 1);
          return new ExaminedCertificateOfOrigin(
              DATE.decode(in),
              Fields.text(in, "origin.country", 2, DocumentFields.COUNTRY),
              DocumentFields.description(in, "origin.goods"));
        }
      };

  public ExaminedCertificateOfOrigin {
    Objects.requireNonNull(date, "date");
    if (!DocumentFields.COUNTRY.matcher(countryOfOrigin).matches()) {
      throw new IllegalArgumentException("invalid country of origin");
    }
    DocumentFields.requireText(goodsDescription, DocumentFields.DESCRIPTION_BYTES, "goods");
  }
}
