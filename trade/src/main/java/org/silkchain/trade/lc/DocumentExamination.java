package org.silkchain.trade.lc;

import java.time.LocalDate;
import java.util.List;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.lc.examination.BankingCalendar;
import org.silkchain.trade.lc.examination.Discrepancy;
import org.silkchain.trade.lc.examination.Examiner;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.PresentedDocuments;

/**
 * The examining bank's side (client, not ledger execution): opens the credit's sealed terms and the
 * presentation's sealed documents with the bank's encryption key, checks them against the
 * commitments the chain carries ({@link Sealer#open}), and runs the {@link Examiner} for the UTC
 * date of the presentation's block. The bank then sends {@code honour} or the one {@link
 * RefusalNotice} {@link Result#refusal} builds.
 */
public final class DocumentExamination {
  private DocumentExamination() {}

  /** What the bank found: the opened terms and documents and every discrepancy. */
  public record Result(
      Credit credit,
      LcTerms terms,
      PresentedDocuments documents,
      LocalDate presented,
      List<Discrepancy> discrepancies) {
    public boolean complying() {
      return discrepancies.isEmpty();
    }

    /** The refusal notice naming every discrepancy, holding the documents or returning them. */
    public RefusalNotice refusal(boolean holdPendingWaiver) {
      if (complying()) {
        throw new IllegalStateException("a complying presentation is honoured, not refused");
      }
      return new RefusalNotice(credit.id(), Examiner.codes(discrepancies), holdPendingWaiver);
    }
  }

  /**
   * Examines the credit's open presentation.
   *
   * @throws EnvelopeException if the bank is not a recipient or the content does not match its
   *     commitment
   * @throws org.silkchain.codec.DecodeException if the content is not canonical terms or documents
   * @throws IllegalStateException if no presentation is open
   */
  public static Result examine(Sealer sealer, Credit credit, EncryptionKeyPair bank)
      throws EnvelopeException {
    Presentation p =
        credit
            .presentation()
            .orElseThrow(() -> new IllegalStateException("credit " + credit.id() + " has none"));
    LcTerms terms = sealer.open(credit.terms().terms(), LcTerms.CODEC, bank);
    PresentedDocuments docs = sealer.open(p.documents(), PresentedDocuments.CODEC, bank);
    LocalDate presented = BankingCalendar.dateOf(p.presentedAtMillis());
    return new Result(credit, terms, docs, presented, Examiner.examine(terms, docs, presented));
  }
}
