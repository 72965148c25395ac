package org.silkchain.trade.documents;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * The structured content of a trade document: what is sealed to the parties and what an examining
 * bank reads after opening it. {@link #CODEC} wraps each kind with its type code, so a reader can
 * check that the content is of the type the chain recorded.
 */
public sealed interface TradeDocument
    permits CommercialInvoice,
        PackingList,
        CertificateOfOrigin,
        InsuranceCertificate,
        CustomsDeclaration {
  int TYPE_TAG = 0x0D8F;

  DocumentType type();

  Codec<TradeDocument> CODEC =
      new Codec<>() {
        @Override
        public void encode(TradeDocument d, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u8(d.type().code());
          switch (d) {
            case CommercialInvoice i -> CommercialInvoice.CODEC.encode(i, out);
            case PackingList p -> PackingList.CODEC.encode(p, out);
            case CertificateOfOrigin c -> CertificateOfOrigin.CODEC.encode(c, out);
            case InsuranceCertificate i -> InsuranceCertificate.CODEC.encode(i, out);
            case CustomsDeclaration c -> CustomsDeclaration.CODEC.encode(c, out);
          }
        }

        @Override
        public TradeDocument decode(CanonicalReader in) {
          in.header("tradeDocument", TYPE_TAG, 1);
          int code = in.u8("tradeDocument.type");
          DocumentType type =
              DocumentType.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "tradeDocument.type: " + code));
          return switch (type) {
            case COMMERCIAL_INVOICE -> CommercialInvoice.CODEC.decode(in);
            case PACKING_LIST -> PackingList.CODEC.decode(in);
            case CERTIFICATE_OF_ORIGIN -> CertificateOfOrigin.CODEC.decode(in);
            case INSURANCE_CERTIFICATE -> InsuranceCertificate.CODEC.decode(in);
            case CUSTOMS_DECLARATION -> CustomsDeclaration.CODEC.decode(in);
          };
        }
      };
}
