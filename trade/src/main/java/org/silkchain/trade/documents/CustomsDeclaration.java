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
 * A customs declaration the {@code declarant} lodges for goods leaving {@code exportCountry} for
 * {@code importCountry}: the goods' Harmonized System code, description and quantity, and their
 * customs value in minor units of {@code currency}.
 */
public record CustomsDeclaration(
    String declarationNumber,
    AccountId declarant,
    String exportCountry,
    String importCountry,
    String hsCode,
    String goodsDescription,
    long quantity,
    String unit,
    String currency,
    long customsValue,
    LocalDate declarationDate)
    implements TradeDocument {
  public static final int TYPE_TAG = 0x0D94;

  public static final Codec<CustomsDeclaration> CODEC =
      new Codec<>() {
        @Override
        public void encode(CustomsDeclaration v, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(v.declarationNumber);
          AccountId.CODEC.encode(v.declarant, out);
          out.string(v.exportCountry).string(v.importCountry).string(v.hsCode);
          out.string(v.goodsDescription).u63(v.quantity).string(v.unit);
          out.string(v.currency).u63(v.customsValue);
          DocumentFields.date(v.declarationDate, out);
        }

        @Override
        public CustomsDeclaration decode(CanonicalReader in) {
          in.header("customsDeclaration", TYPE_TAG, 1);
          return DocumentFields.valid(
              "customsDeclaration",
              () ->
                  new CustomsDeclaration(
                      DocumentFields.number(in, "declaration.number"),
                      AccountId.CODEC.decode(in),
                      Fields.text(in, "declaration.export", 2, DocumentFields.COUNTRY),
                      Fields.text(in, "declaration.import", 2, DocumentFields.COUNTRY),
                      Fields.text(in, "declaration.hsCode", 10, DocumentFields.HS_CODE),
                      DocumentFields.text(in, "declaration.goods", DocumentFields.LONG_TEXT),
                      Fields.positive(in, "declaration.quantity"),
                      DocumentFields.text(in, "declaration.unit", DocumentFields.SHORT_TEXT),
                      Fields.text(in, "declaration.currency", 3, DocumentFields.CURRENCY),
                      Fields.positive(in, "declaration.value"),
                      DocumentFields.date(in, "declaration.date")));
        }
      };

  public CustomsDeclaration {
    check(declarationNumber, DocumentFields.NUMBER, 35, "declaration number");
    Objects.requireNonNull(declarant, "declarant");
    check(exportCountry, DocumentFields.COUNTRY, 2, "export country");
    check(importCountry, DocumentFields.COUNTRY, 2, "import country");
    check(hsCode, DocumentFields.HS_CODE, 10, "HS code");
    check(goodsDescription, DocumentFields.TEXT, 2048, "goods description");
    DocumentFields.positive(quantity, "quantity");
    check(unit, DocumentFields.TEXT, 140, "unit");
    check(currency, DocumentFields.CURRENCY, 3, "currency");
    DocumentFields.positive(customsValue, "customs value");
    DocumentFields.checkDate(declarationDate, "declaration date");
  }

  @Override
  public DocumentType type() {
    return DocumentType.CUSTOMS_DECLARATION;
  }
}
