package org.silkchain.trade.lc.examination;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Banking days as the credit defines them: Monday to Friday in UTC dates, less the holidays the
 * credit lists. Dates on the chain come from block time ({@link #dateOf}), never a wall clock.
 */
public final class BankingCalendar {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private final SortedSet<LocalDate> holidays;

  public BankingCalendar(Collection<LocalDate> holidays) {
    this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
  }

  /** The UTC date of a block time. */
  public static LocalDate dateOf(long epochMillis) {
    return LocalDate.ofEpochDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY));
  }

  /** The first block time after {@code date} ends (UTC): a deadline "on {@code date}" is before. */
  public static long endOf(LocalDate date) {
    return Math.multiplyExact(date.toEpochDay() + 1, MILLIS_PER_DAY);
  }

  public boolean isBankingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /**
   * {@code date} if banks are open then, else the next banking day: how Art. 29(a) extends an
   * expiry date or the last day for presentation that falls on a day the bank is closed.
   */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isBankingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The {@code n}-th banking day following {@code date} (Art. 14(b) counts from the next day). */
  public LocalDate plusBankingDays(LocalDate date, int n) {
    LocalDate d = date;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isBankingDay(d)) {
        left--;
      }
    }
    return d;
  }

  public SortedSet<LocalDate> holidays() {
    return holidays;
  }
}
