package org.silkchain.trade.documents;

import static org.silkchain.trade.documents.DocumentFields.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * An insurance certificate: {@code insurer} covers {@code insured}'s goods for {@code
 * insuredAmount} minor units of {@code currency} against {@code risks} (such as "Institute Cargo
 * Clauses (A)", "War", "Strikes"), effective from {@code effectiveDate}. UCP 600 art. 28 asks for
 * the credit's currency, at least 110% of the CIF or CIP value, and cover effective no later than
 * the shipment date.
 */
public record InsuranceCertificate(
    String certificateNumber,
    AccountId insured,
    String currency,
    long insuredAmount,
    List<String> risks,
    LocalDate effectiveDate,
    String insurer,
    String goodsDescription)
    implements TradeDocument {
  public static final int TYPE_TAG = 0x0D93;
  public static final int MAX_RISKS = 32;
  private static final Codec<String> RISK =
      Fields.string("insurance.risk", DocumentFields.SHORT_TEXT, DocumentFields.TEXT);

  public static final Codec<InsuranceCertificate> CODEC =
      new Codec<>() {
        @Override
        public void encode(InsuranceCertificate v, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(v.certificateNumber);
          AccountId.CODEC.encode(v.insured, out);
          out.string(v.currency).u63(v.insuredAmount).list(v.risks, RISK);
          DocumentFields.date(v.effectiveDate, out);
          out.string(v.insurer).string(v.goodsDescription);
        }

        @Override
        public InsuranceCertificate decode(CanonicalReader in) {
          in.header("insurance", TYPE_TAG, 1);
          return DocumentFields.valid(
              "insurance",
              () ->
                  new InsuranceCertificate(
                      DocumentFields.number(in, "insurance.number"),
                      AccountId.CODEC.decode(in),
                      Fields.text(in, "insurance.currency", 3, DocumentFields.CURRENCY),
                      Fields.positive(in, "insurance.amount"),
                      in.list("insurance.risks", MAX_RISKS, RISK),
                      DocumentFields.date(in, "insurance.effectiveDate"),
                      DocumentFields.text(in, "insurance.insurer", DocumentFields.SHORT_TEXT),
                      DocumentFields.text(in, "insurance.goods", DocumentFields.LONG_TEXT)));
        }
      };

  public InsuranceCertificate {
    check(certificateNumber, DocumentFields.NUMBER, 35, "certificate number");
    Objects.requireNonNull(insured, "insured");
    check(currency, DocumentFields.CURRENCY, 3, "currency");
    DocumentFields.positive(insuredAmount, "insured amount");
    risks = List.copyOf(risks);
    if (risks.isEmpty() || risks.size() > MAX_RISKS) {
      throw new IllegalArgumentException("1.." + MAX_RISKS + " risks");
    }
    risks.forEach(r -> check(r, DocumentFields.TEXT, 140, "risk"));
    DocumentFields.checkDate(effectiveDate, "effective date");
    check(insurer, DocumentFields.TEXT, 140, "insurer");
    check(goodsDescription, DocumentFields.TEXT, 2048, "goods description");
  }

  @Override
  public DocumentType type() {
    return DocumentType.INSURANCE_CERTIFICATE;
  }
}
