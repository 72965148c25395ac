package org.silkchain.trade.lc.examination;

import static org.silkchain.trade.lc.examination.DocumentFields.DESCRIPTION_BYTES;
import static org.silkchain.trade.lc.examination.DocumentFields.NAME_BYTES;
import static org.silkchain.trade.lc.examination.DocumentFields.requireAmount;
import static org.silkchain.trade.lc.examination.DocumentFields.requireText;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.runtime.module.Fields;

/**
 * The full terms of a documentary credit, as the parties read them inside the sealed envelope (the
 * chain carries only their commitment and the metadata validators enforce). Amounts and quantities
 * are integers: amounts in minor units of {@code currency}, quantities in {@code unit}.
 *
 * @param amountTolerance how far the drawing may exceed {@code amount} (Art. 30(a) "about" = 10%)
 * @param quantityAbout the quantity is qualified by "about" (10% either way, Art. 30(a))
 * @param countable the quantity is stated in packing units or items, so no 5% (Art. 30(b))
 * @param incoterm such as CIF, CIP, FOB: with CIF or CIP the invoice value is the insured value
 * @param presentationPeriodDays calendar days after shipment for presentation (Art. 14(c): 21)
 * @param insuranceCoverPercent minimum cover as percent of the CIF/CIP value (Art. 28(f)(ii): 110)
 * @param countryOfOrigin the origin the certificate must state, if the credit names one
 * @param holidays days the banks of this credit are closed besides weekends (Art. 29(a), 14(b))
 */
public record LcTerms(
    String applicantName,
    String beneficiaryName,
    String currency,
    long amount,
    Tolerance amountTolerance,
    String goodsDescription,
    long quantity,
    String unit,
    boolean quantityAbout,
    boolean countable,
    String incoterm,
    String portOfLoading,
    String portOfDischarge,
    LocalDate latestShipmentDate,
    LocalDate expiryDate,
    String expiryPlace,
    int presentationPeriodDays,
    boolean partialShipmentsAllowed,
    Set<DocumentKind> requiredDocuments,
    int insuranceCoverPercent,
    Optional<String> countryOfOrigin,
    SortedSet<LocalDate> holidays) {
  public static final int TYPE_TAG = 0x0F10;
  public static final int VERSION = 1;
  public static final int DEFAULT_PRESENTATION_DAYS = 21;
  public static final int DEFAULT_INSURANCE_COVER = 110;
  public static final int MAX_HOLIDAYS = 64;

  public static final Codec<LcTerms> CODEC =
      new Codec<>() {
        @Override
        public void encode(LcTerms t, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).string(t.applicantName).string(t.beneficiaryName);
          out.string(t.currency).u63(t.amount);
          out.u8(t.amountTolerance.plusPercent()).u8(t.amountTolerance.minusPercent());
          out.string(t.goodsDescription).u63(t.quantity).string(t.unit);
          out.bool(t.quantityAbout).bool(t.countable).string(t.incoterm);
          out.string(t.portOfLoading).string(t.portOfDischarge);
          DocumentFields.DATE.encode(t.latestShipmentDate, out);
          DocumentFields.DATE.encode(t.expiryDate, out);
          out.string(t.expiryPlace).u16(t.presentationPeriodDays).bool(t.partialShipmentsAllowed);
          DocumentFields.writeKinds(t.requiredDocuments, out);
          out.u16(t.insuranceCoverPercent);
          out.optional(t.countryOfOrigin, COUNTRY);
          out.set(t.holidays, DocumentFields.DATE);
        }

        @Override
        public LcTerms decode(CanonicalReader in) {
          in.header("lcTerms", TYPE_TAG, VERSION);
          try {
            return new LcTerms(
                DocumentFields.name(in, "lcTerms.applicant"),
                DocumentFields.name(in, "lcTerms.beneficiary"),
                DocumentFields.currency(in, "lcTerms.currency"),
                DocumentFields.amount(in, "lcTerms.amount"),
                new Tolerance(in.u8("lcTerms.plus"), in.u8("lcTerms.minus")),
                DocumentFields.description(in, "lcTerms.goods"),
                DocumentFields.amount(in, "lcTerms.quantity"),
                DocumentFields.unit(in, "lcTerms.unit"),
                in.bool("lcTerms.quantityAbout"),
                in.bool("lcTerms.countable"),
                Fields.text(in, "lcTerms.incoterm", 3, DocumentFields.CURRENCY),
                DocumentFields.name(in, "lcTerms.portOfLoading"),
                DocumentFields.name(in, "lcTerms.portOfDischarge"),
                DocumentFields.DATE.decode(in),
                DocumentFields.DATE.decode(in),
                DocumentFields.name(in, "lcTerms.expiryPlace"),
                in.u16("lcTerms.presentationPeriod"),
                in.bool("lcTerms.partialShipments"),
                DocumentFields.readKinds(in, "lcTerms.requiredDocuments"),
                in.u16("lcTerms.insuranceCover"),
                in.optional("lcTerms.origin", COUNTRY),
                new TreeSet<>(in.set("lcTerms.holidays", MAX_HOLIDAYS, DocumentFields.DATE)));
          } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, e.getMessage());
          }
        }
      };

  private static final Codec<String> COUNTRY = Fields.string("country", 2, DocumentFields.COUNTRY);

  public LcTerms {
    requireText(applicantName, NAME_BYTES, "applicantName");
    requireText(beneficiaryName, NAME_BYTES, "beneficiaryName");
    if (!DocumentFields.CURRENCY.matcher(currency).matches()
        || !DocumentFields.CURRENCY.matcher(incoterm).matches()) {
      throw new IllegalArgumentException("invalid currency or incoterm");
    }
    requireAmount(amount, "amount");
    requireAmount(quantity, "quantity");
    Objects.requireNonNull(amountTolerance, "amountTolerance");
    requireText(goodsDescription, DESCRIPTION_BYTES, "goodsDescription");
    requireText(unit, DocumentFields.UNIT_BYTES, "unit");
    requireText(portOfLoading, NAME_BYTES, "portOfLoading");
    requireText(portOfDischarge, NAME_BYTES, "portOfDischarge");
    requireText(expiryPlace, NAME_BYTES, "expiryPlace");
    Objects.requireNonNull(latestShipmentDate, "latestShipmentDate");
    Objects.requireNonNull(expiryDate, "expiryDate");
    if (presentationPeriodDays < 1 || presentationPeriodDays > 366) {
      throw new IllegalArgumentException("presentation period out of 1..366 days");
    }
    if (insuranceCoverPercent < 100 || insuranceCoverPercent > 200) {
      throw new IllegalArgumentException("insurance cover out of 100..200%");
    }
    countryOfOrigin.ifPresent(
        c -> {
          if (!DocumentFields.COUNTRY.matcher(c).matches()) {
            throw new IllegalArgumentException("invalid country of origin");
          }
        });
    if (holidays.size() > MAX_HOLIDAYS) {
      throw new IllegalArgumentException("more than " + MAX_HOLIDAYS + " holidays");
    }
    requiredDocuments =
        Collections.unmodifiableSet(
            requiredDocuments.isEmpty()
                ? EnumSet.noneOf(DocumentKind.class)
                : EnumSet.copyOf(requiredDocuments));
    holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
  }

  /** The most a drawing may be: {@code amount} plus its tolerance (the figure the chain checks). */
  public long maxAmount() {
    return amountTolerance.max(amount);
  }

  /** The tolerance on the quantity: 10% for "about", none for counted units, else 5% (Art. 30). */
  public Tolerance quantityTolerance() {
    if (quantityAbout) {
      return Tolerance.ABOUT;
    }
    return countable ? Tolerance.NONE : new Tolerance(5, 5);
  }

  public BankingCalendar calendar() {
    return new BankingCalendar(holidays);
  }

  public boolean requires(DocumentKind kind) {
    return requiredDocuments.contains(kind);
  }

  /** The holidays as a list, in date order. */
  public List<LocalDate> holidayList() {
    return List.copyOf(holidays);
  }
}
