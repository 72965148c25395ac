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
 * What the examination reads from an insurance certificate: the insurer, its date, the date cover
 * starts, the insured amount in minor units of {@code currency}, and the route it covers where the
 * certificate states one (Art. 28).
 */
public record ExaminedInsuranceCertificate(
    String insurer,
    LocalDate date,
    LocalDate effectiveDate,
    String currency,
    long insuredAmount,
    Optional<Route> route) {
  public static final int TYPE_TAG = 0x0F13;

  /** Cover from a place to a place, such as the ports of loading and discharge. */
  public record Route(String from, String to) {
    public Route {
      DocumentFields.requireText(from, DocumentFields.NAME_BYTES, "route.from");
      DocumentFields.requireText(to, DocumentFields.NAME_BYTES, "route.to");
    }
  }

  private static final Codec<Route> ROUTE =
      new Codec<>() {
        @Override
        public void encode(Route r, CanonicalWriter out) {
          out.string(r.from).string(r.to);
        }

        @Override
        public Route decode(CanonicalReader in) {
          return new Route(
              DocumentFields.name(in, "insurance.from"), DocumentFields.name(in, "insurance.to"));
        }
      };

  public static final Codec<ExaminedInsuranceCertificate> CODEC =
      new Codec<>() {
        @Override
        public void encode(ExaminedInsuranceCertificate c, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(c.insurer);
          DATE.encode(c.date, out);
          DATE.encode(c.effectiveDate, out);
          out.string(c.currency).u63(c.insuredAmount).optional(c.route, ROUTE);
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
                in.optional("insurance.route", ROUTE));
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
    Objects.requireNonNull(route, "route");
  }
}
