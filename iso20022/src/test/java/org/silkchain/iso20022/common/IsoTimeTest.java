package org.silkchain.iso20022.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoTimeTest {

  @Test
  void dateTimesAreUtcWithMillisecondsAndExplicitOffset() {
    Instant t = IsoTime.dateTime("t", Instant.parse("2026-03-05T10:15:30.123456789Z"));
    assertThat(t).isEqualTo(Instant.parse("2026-03-05T10:15:30.123Z"));
    assertThat(IsoTime.format(t)).isEqualTo("2026-03-05T10:15:30.123+00:00");
    assertThat(IsoTime.format(Instant.parse("2026-01-01T00:00:00Z")))
        .isEqualTo("2026-01-01T00:00:00.000+00:00");
  }

  @Test
  void datesAreIsoCalendarDates() {
    assertThat(IsoTime.format(LocalDate.of(2026, 3, 5))).isEqualTo("2026-03-05");
  }

  @Test
  void yearsOutside1To9999AreRejected() {
    assertThatThrownBy(() -> IsoTime.date("d", LocalDate.of(10_000, 1, 1)))
        .hasMessage("d must be in the years 1 to 9999, got 10000");
    assertThatThrownBy(() -> IsoTime.dateTime("t", Instant.parse("0000-12-31T23:59:59Z")))
        .hasMessageStartingWith("t must be in the years 1 to 9999 (UTC)");
  }
}
