package org.silkchain.iso20022.camt053;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.silkchain.iso20022.common.Account;
import org.silkchain.iso20022.common.CurrencyExponents;
import org.silkchain.iso20022.common.IsoText;
import org.silkchain.iso20022.common.IsoTime;
import org.silkchain.iso20022.common.Money;

/**
 * The statement of one account for one day, as exported in one camt.053 message.
 *
 * <p>Balances are signed minor units of {@link #currency()} (negative means overdrawn, written as a
 * debit balance). Invariants, checked by the constructor:
 *
 * <ul>
 *   <li>every entry is in the statement's currency and booked on its {@link #date()};
 *   <li>entry references are unique;
 *   <li>{@code closingBalance == openingBalance + credits - debits}: a statement that does not add
 *       up is refused rather than exported;
 *   <li>balances have at most 18 digits, and there are at most {@link #MAX_ENTRIES} entries (this
 *       module writes no paginated statements).
 * </ul>
 *
 * @param messageId {@code GrpHdr/MsgId}, up to 35 characters
 * @param creationDateTime {@code GrpHdr/CreDtTm}, given by the caller, truncated to milliseconds
 * @param statementId {@code Stmt/Id}, up to 35 characters
 * @param account the account reported on
 * @param date the day the statement covers; opening and closing balances are of that day
 */
public record Statement(
    String messageId,
    Instant creationDateTime,
    String statementId,
    Account account,
    String currency,
    LocalDate date,
    long openingBalance,
    long closingBalance,
    List<StatementEntry> entries) {

  /** The most entries one statement holds. */
  public static final int MAX_ENTRIES = 10_000;

  public Statement {
    IsoText.text("messageId", messageId, IsoText.MAX_35);
    creationDateTime = IsoTime.dateTime("creationDateTime", creationDateTime);
    IsoText.text("statementId", statementId, IsoText.MAX_35);
    Objects.requireNonNull(account, "account");
    CurrencyExponents.exponentOf(currency);
    IsoTime.date("date", date);
    balance("openingBalance", openingBalance);
    balance("closingBalance", closingBalance);
    entries = List.copyOf(entries);
    if (entries.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "at most " + MAX_ENTRIES + " entries per statement, got " + entries.size());
    }
    Set<String> references = new HashSet<>(); // membership only, never iterated
    long expected = openingBalance;
    for (StatementEntry entry : entries) {
      if (!entry.amount().currency().equals(currency)) {
        throw new IllegalArgumentException(
            "entry "
                + entry.reference()
                + " is in "
                + entry.amount().currency()
                + ", the statement in "
                + currency);
      }
      if (!entry.bookingDate().equals(date)) {
        throw new IllegalArgumentException(
            "entry "
                + entry.reference()
                + " is booked on "
                + entry.bookingDate()
                + ", not on the statement date "
                + date);
      }
      if (!references.add(entry.reference())) {
        throw new IllegalArgumentException("duplicate entry reference " + entry.reference());
      }
      try {
        expected = Math.addExact(expected, entry.signedMinorUnits());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("entries overflow the balance", e);
      }
    }
    if (expected != closingBalance) {
      throw new IllegalArgumentException(
          "closingBalance "
              + closingBalance
              + " does not equal openingBalance plus credits minus debits, "
              + expected
              + " (minor units of "
              + currency
              + ")");
    }
  }

  private static void balance(String field, long minorUnits) {
    if (Math.abs(minorUnits) > Money.MAX_MINOR_UNITS || minorUnits == Long.MIN_VALUE) {
      throw new IllegalArgumentException(
          field + " of " + minorUnits + " minor units has more than the 18 digits allowed");
    }
  }
}
