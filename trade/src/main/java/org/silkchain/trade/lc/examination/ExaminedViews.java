package org.silkchain.trade.lc.examination;

import java.util.Optional;
import java.util.function.Function;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.documents.CertificateOfOrigin;
import org.silkchain.trade.documents.CommercialInvoice;
import org.silkchain.trade.documents.InsuranceCertificate;
import org.silkchain.trade.documents.PackingList;
import org.silkchain.trade.ebl.BillData;
import org.silkchain.trade.ebl.Consignment;

/**
 * Maps the records the parties actually exchange (the documents module's records and the eBL's
 * {@link BillData}, opened from their sealed envelopes) to the views the {@link Examiner} reads.
 * Pure functions; the examiner stays independent of how those records evolve.
 *
 * <p>Records name parties by account where the credit's terms name them in words, so the mapping
 * takes a {@code names} function: {@link #names} spells the applicant's and the beneficiary's
 * accounts as the terms do, and any other account by its id, which then matches nothing.
 *
 * @throws IllegalArgumentException (from each method) for a record whose figures lie beyond what
 *     the examination accepts ({@link DocumentFields#MAX_AMOUNT})
 */
public final class ExaminedViews {
  private ExaminedViews() {}

  /** The names the credit's terms give its applicant's and beneficiary's accounts. */
  public static Function<AccountId, String> names(
      AccountId applicant, AccountId beneficiary, LcTerms terms) {
    return account -> {
      if (account.equals(applicant)) {
        return terms.applicantName();
      }
      if (account.equals(beneficiary)) {
        return terms.beneficiaryName();
      }
      return account.toString();
    };
  }

  public static ExaminedInvoice invoice(CommercialInvoice i, Function<AccountId, String> names) {
    return new ExaminedInvoice(
        names.apply(i.seller()),
        names.apply(i.buyer()),
        i.issueDate(),
        i.currency(),
        i.amount(),
        i.goodsDescription(),
        i.quantity(),
        i.unit());
  }

  /**
   * The bill's data: the issuing party as carrier, the ports by name, the shipped-on-board date,
   * the goods lines of every consignment joined, packages and gross weight summed over the cargo.
   */
  public static ExaminedTransportDocument transport(BillData b) {
    StringBuilder goods = new StringBuilder();
    long packages = 0;
    long grams = 0;
    for (Consignment c : b.goods()) {
      for (String line : c.description()) {
        goods.append(goods.isEmpty() ? "" : " ").append(printable(line));
      }
      for (Consignment.Cargo cargo : c.cargo()) {
        packages = Math.addExact(packages, cargo.packages());
        grams = Math.addExact(grams, cargo.grossWeightGrams());
      }
    }
    return new ExaminedTransportDocument(
        printable(b.issuingParty().name()),
        printable(b.vesselName()),
        printable(b.portOfLoading().name()),
        printable(b.portOfDischarge().name()),
        Optional.of(b.shippedOnBoardDate()),
        b.issueDate(),
        b.clean(),
        goods.toString(),
        packages,
        grams);
  }

  /** The certificate states no route: Art. 28(f)(iii) is then left to the bank's reading. */
  public static ExaminedInsuranceCertificate insurance(InsuranceCertificate c) {
    return new ExaminedInsuranceCertificate(
        c.insurer(),
        c.effectiveDate(),
        c.effectiveDate(),
        c.currency(),
        c.insuredAmount(),
        Optional.empty());
  }

  public static ExaminedPackingList packingList(PackingList p) {
    return new ExaminedPackingList(
        p.issueDate(), p.goodsDescription(), p.packages(), p.grossWeightGrams());
  }

  public static ExaminedCertificateOfOrigin origin(CertificateOfOrigin c) {
    return new ExaminedCertificateOfOrigin(c.issueDate(), c.originCountry(), c.goodsDescription());
  }

  private static String printable(String s) {
    return s.replaceAll("\\p{Cntrl}", " ");
  }
}
