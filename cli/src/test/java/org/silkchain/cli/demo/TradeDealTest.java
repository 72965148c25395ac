package org.silkchain.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.lc.examination.Discrepancy;
import org.silkchain.trade.lc.examination.Examiner;

/** The trade chapter's deal complies whatever day the demo runs, and a late one does not. */
class TradeDealTest {
  private static final AccountId IMPORTER = account("11");
  private static final AccountId EXPORTER = account("22");
  private static final AccountId CARRIER = account("33");

  private static AccountId account(String b) {
    return new AccountId(org.silkchain.codec.Bytes.fromHex(b.repeat(32)));
  }

  @Test
  void aPresentationOnTheDayTheDealIsStruckComplies() {
    LocalDate start = LocalDate.of(2026, 11, 23);
    for (int d = 0; d < 14; d++) {
      TradeDeal deal = TradeDeal.on(start.plusDays(d), IMPORTER, EXPORTER, CARRIER);
      List<Discrepancy> found = Examiner.examine(deal.terms(), deal.presented(), start.plusDays(d));
      assertThat(found).as("presented on %s", start.plusDays(d)).isEmpty();
    }
  }

  @Test
  void presentedAfterTheExpiryTheDocumentsAreDiscrepant() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    TradeDeal deal = TradeDeal.on(today, IMPORTER, EXPORTER, CARRIER);
    assertThat(Examiner.examine(deal.terms(), deal.presented(), today.plusDays(60))).isNotEmpty();
  }
}
