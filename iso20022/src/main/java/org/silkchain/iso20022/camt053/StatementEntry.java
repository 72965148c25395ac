package org.silkchain.iso20022.camt053;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.silkchain.iso20022.common.IsoText;
import org.silkchain.iso20022.common.IsoTime;
import org.silkchain.iso20022.common.Money;

/**
 * One booked entry of a {@link Statement} ({@code ReportEntry10}).
 *
 * @param amount the entry's amount, positive, in the statement's currency
 * @param direction credit (money in) or debit (money out)
 * @param reference the entry's reference, unique within the statement ({@code NtryRef}), up to 35
 *     characters; on Silkchain the ledger transaction id
 * @param endToEndId the payment's end-to-end id, if the entry is a payment
 * @param uetr the payment's UETR, if known
 * @param counterpartyName the other side: the debtor of a credit, the creditor of a debit
 * @param remittanceInformation the payment's unstructured remittance information
 */
public record StatementEntry(
    Money amount,
    CreditDebit direction,
    LocalDate bookingDate,
    LocalDate valueDate,
    String reference,
    Optional<String> endToEndId,
    Optional<String> uetr,
    Optional<String> counterpartyName,
    Optional<String> remittanceInformation) {

  public StatementEntry {
    Objects.requireNonNull(amount, "entry.amount");
    if (amount.minorUnits() == 0) {
      throw new IllegalArgumentException("entry.amount must be positive, got " + amount);
    }
    Objects.requireNonNull(direction, "entry.direction");
    IsoTime.date("entry.bookingDate", bookingDate);
    IsoTime.date("entry.valueDate", valueDate);
    IsoText.text("entry.reference", reference, IsoText.MAX_35);
    IsoText.optionalText("entry.endToEndId", endToEndId, IsoText.MAX_35);
    Objects.requireNonNull(uetr, "entry.uetr").ifPresent(u -> IsoText.uetr("entry.uetr", u));
    IsoText.optionalText("entry.counterpartyName", counterpartyName, IsoText.MAX_140);
    IsoText.optionalText("entry.remittanceInformation", remittanceInformation, IsoText.MAX_140);
  }

  /** The entry's effect on the balance, in signed minor units. */
  long signedMinorUnits() {
    return direction == CreditDebit.CRDT ? amount.minorUnits() : -amount.minorUnits();
  }

  boolean hasTransactionDetails() {
    return endToEndId.isPresent()
        || uetr.isPresent()
        || counterpartyName.isPresent()
        || remittanceInformation.isPresent();
  }
}
