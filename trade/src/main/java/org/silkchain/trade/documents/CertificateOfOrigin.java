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
 * A certificate of origin: {@code issuingBody} (a customs authority or chamber of commerce)
 * certifies that the goods described, exported by {@code exporter}, originate in {@code
 * originCountry} (ISO 3166-1 alpha-2).
 */
public record CertificateOfOrigin(
    String certificateNumber,
    AccountId exporter,
    String originCountry,
    String goodsDescription,
    String issuingBody,
    LocalDate issueDate)
    implements TradeDocument {
  public static final int TYPE_TAG = 0x0D92;

  public static final Codec<CertificateOfOrigin> CODEC =
      new Codec<>() {
        @Override
        public void encode(CertificateOfOrigin v, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(v.certificateNumber);
          AccountId.CODEC.encode(v.exporter, out);
          out.string(v.originCountry).string(v.goodsDescription).string(v.issuingBody);
          DocumentFields.date(v.issueDate, out);
        }

        @Override
        public CertificateOfOrigin decode(CanonicalReader in) {
          in.header("certificateOfOrigin", TYPE_TAG, 1);
          return DocumentFields.valid(
              "certificateOfOrigin",
              () ->
                  new CertificateOfOrigin(
                      DocumentFields.number(in, "certificateOfOrigin.number"),
                      AccountId.CODEC.decode(in),
                      Fields.text(in, "certificateOfOrigin.origin", 2, DocumentFields.COUNTRY),
                      DocumentFields.text(
                          in, "certificateOfOrigin.goods", DocumentFields.LONG_TEXT),
                      DocumentFields.text(
                          in, "certificateOfOrigin.issuingBody", DocumentFields.SHORT_TEXT),
                      DocumentFields.date(in, "certificateOfOrigin.issueDate")));
        }
      };

  public CertificateOfOrigin {
    check(certificateNumber, DocumentFields.NUMBER, 35, "certificate number");
    Objects.requireNonNull(exporter, "exporter");
    check(originCountry, DocumentFields.COUNTRY, 2, "origin country");
    check(goodsDescription, DocumentFields.TEXT, 2048, "goods description");
    check(issuingBody, DocumentFields.TEXT, 140, "issuing body");
    DocumentFields.checkDate(issueDate, "issue date");
  }

  @Override
  public DocumentType type() {
    return DocumentType.CERTIFICATE_OF_ORIGIN;
  }
}
