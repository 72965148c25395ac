package org.silkchain.trade.lc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.currency.CurrencyInfo;
import org.silkchain.trade.lc.examination.BankingCalendar;
import org.silkchain.trade.lc.examination.DocumentFields;
import org.silkchain.trade.lc.examination.LcTerms;

/**
 * Body of {@code lc/apply}, and the public face of a credit: what validators enforce (the parties,
 * the currency, the most that can be drawn including tolerance, the expiry date and the banking
 * holidays that move it and the decision deadline) plus the full {@link LcTerms} sealed to the
 * parties. The applicant is the sender. {@code maxAmount} is in minor units of {@code currency}.
 */
public record CreditTerms(
    AccountId issuingBank,
    AccountId advisingBank,
    AccountId beneficiary,
    String currency,
    long maxAmount,
    LocalDate expiryDate,
    List<LocalDate> holidays,
    Sealed terms) {
  public static final int TYPE_TAG = 0x0F02;

  public static final Codec<CreditTerms> CODEC =
      new Codec<>() {
        @Override
        public void encode(CreditTerms t, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(t.issuingBank, out);
          AccountId.CODEC.encode(t.advisingBank, out);
          AccountId.CODEC.encode(t.beneficiary, out);
          out.string(t.currency).u63(t.maxAmount);
          DocumentFields.DATE.encode(t.expiryDate, out);
          out.set(t.holidays, DocumentFields.DATE);
          Sealed.CODEC.encode(t.terms, out);
        }

        @Override
        public CreditTerms decode(CanonicalReader in) {
          in.header("creditTerms", TYPE_TAG, 1);
          return new CreditTerms(
              AccountId.CODEC.decode(in),
              AccountId.CODEC.decode(in),
              AccountId.CODEC.decode(in),
              CurrencyInfo.CODE_CODEC.decode(in),
              Fields.positive(in, "creditTerms.maxAmount"),
              DocumentFields.DATE.decode(in),
              in.set("creditTerms.holidays", LcTerms.MAX_HOLIDAYS, DocumentFields.DATE),
              Sealed.CODEC.decode(in));
        }
      };

  public CreditTerms {
    Objects.requireNonNull(issuingBank, "issuingBank");
    Objects.requireNonNull(advisingBank, "advisingBank");
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(expiryDate, "expiryDate");
    Objects.requireNonNull(terms, "terms");
    holidays = List.copyOf(new java.util.TreeSet<>(holidays));
  }

  /** The public metadata an issuing bank derives from the full terms, with them sealed. */
  public static CreditTerms of(
      AccountId issuingBank,
      AccountId advisingBank,
      AccountId beneficiary,
      LcTerms full,
      Sealed sealed) {
    return new CreditTerms(
        issuingBank,
        advisingBank,
        beneficiary,
        full.currency(),
        full.maxAmount(),
        full.expiryDate(),
        full.holidayList(),
        sealed);
  }

  public BankingCalendar calendar() {
    return new BankingCalendar(holidays);
  }

  /** The first block time at which the credit has expired (Art. 29(a) extension applied). */
  public long expiresAtMillis() {
    return BankingCalendar.endOf(calendar().onOrAfter(expiryDate));
  }

  CreditTerms amended(long newMaxAmount, LocalDate newExpiry, Sealed newTerms) {
    return new CreditTerms(
        issuingBank,
        advisingBank,
        beneficiary,
        currency,
        newMaxAmount,
        newExpiry,
        holidays,
        newTerms);
  }

  CreditTerms withTerms(Sealed newTerms) {
    return amended(maxAmount, expiryDate, newTerms);
  }
}
