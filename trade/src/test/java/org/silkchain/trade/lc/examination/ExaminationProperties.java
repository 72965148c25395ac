package org.silkchain.trade.lc.examination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/** Tolerances, banking days and the encodings of terms and documents, over random inputs. */
class ExaminationProperties {
  private static final long BIG = 1_000_000_000_000L;

  private static List<Article> articles(TermsDraft t, DocumentsDraft d) {
    d.insured = DocumentFields.MAX_AMOUNT; // keep Art. 28 out of the way
    return Examiner.examine(t.build(), d.build(), DocumentsDraft.PRESENTED).stream()
        .map(Discrepancy::article)
        .toList();
  }

  @Property(tries = 200)
  void anInvoiceWithinTheToleranceIsNeverFlagged(
      @ForAll @LongRange(min = 1, max = BIG) long amount,
      @ForAll @IntRange(min = 0, max = 20) int plus,
      @ForAll @IntRange(min = 0, max = 1000) int permille) {
    TermsDraft t = new TermsDraft();
    t.amount = amount;
    t.tolerance = new Tolerance(plus, plus);
    DocumentsDraft d = new DocumentsDraft();
    long max = t.build().maxAmount();
    d.invoiceAmount = max - (max * permille / 1000);
    assertThat(articles(t, d)).isEmpty();
  }

  @Property(tries = 200)
  void anInvoiceOverTheToleranceIsAlwaysFlaggedUnderArticle18b(
      @ForAll @LongRange(min = 1, max = BIG) long amount,
      @ForAll @IntRange(min = 0, max = 20) int plus,
      @ForAll @LongRange(min = 1, max = BIG) long over) {
    TermsDraft t = new TermsDraft();
    t.amount = amount;
    t.tolerance = new Tolerance(plus, plus);
    DocumentsDraft d = new DocumentsDraft();
    d.invoiceAmount = t.build().maxAmount() + over;
    assertThat(articles(t, d)).containsExactly(Article.INVOICE_AMOUNT);
    assertThat(d.invoiceAmount * 100).isGreaterThan(amount * (100 + plus));
  }

  @Property(tries = 200)
  void bulkQuantityIsFlaggedExactlyWhenOutsideItsTolerance(
      @ForAll @LongRange(min = 1, max = 1_000_000) long quantity,
      @ForAll @LongRange(min = 0, max = 2_000_000) long shipped,
      @ForAll boolean about) {
    TermsDraft t = new TermsDraft();
    t.countable = false;
    t.quantityAbout = about;
    t.quantity = quantity;
    t.partialShipments = false;
    DocumentsDraft d = new DocumentsDraft();
    d.invoiceQuantity = shipped;
    int pct = about ? 10 : 5;
    boolean over = shipped * 100 > quantity * (100 + pct);
    boolean under = shipped * 100 < quantity * (100 - pct);
    List<Article> found = articles(t, d);
    if (over) {
      assertThat(found)
          .containsExactly(about ? Article.AMOUNT_OR_QUANTITY_ABOUT : Article.QUANTITY_TOLERANCE);
    } else if (under) {
      assertThat(found).containsExactly(Article.PARTIAL_SHIPMENT);
    } else {
      assertThat(found).isEmpty();
    }
  }

  @Property(tries = 200)
  void theDecisionDeadlineIsTheFifthBankingDayAfterPresentation(
      @ForAll @IntRange(min = 20_000, max = 30_000) int epochDay,
      @ForAll @IntRange(min = 0, max = 30) int holidayOffset) {
    LocalDate presented = LocalDate.ofEpochDay(epochDay);
    BankingCalendar calendar =
        new BankingCalendar(List.of(presented.plusDays(1 + holidayOffset % 9)));
    LocalDate deadline = calendar.plusBankingDays(presented, 5);
    assertThat(calendar.isBankingDay(deadline)).isTrue();
    long open =
        presented
            .plusDays(1)
            .datesUntil(deadline.plusDays(1))
            .filter(calendar::isBankingDay)
            .count();
    assertThat(open).isEqualTo(5);
    assertThat(deadline).isBeforeOrEqualTo(presented.plusDays(10)); // weekend, holiday, weekend
  }

  @Property(tries = 100)
  void termsAndDocumentsDecodeToWhatWasEncoded(
      @ForAll @StringLength(max = 40) String name,
      @ForAll @LongRange(min = 0, max = DocumentFields.MAX_AMOUNT) long amount,
      @ForAll boolean partial,
      @ForAll @IntRange(min = 0, max = 31) int docsMask) {
    String printable = name.replaceAll("\\p{Cntrl}", "?");
    TermsDraft t = new TermsDraft();
    t.beneficiary = printable;
    t.amount = amount;
    t.partialShipments = partial;
    t.required =
        DocumentFields.readKinds(
            new org.silkchain.codec.CanonicalReader(
                new org.silkchain.codec.CanonicalWriter().u8(docsMask).toBytes()),
            "mask");
    t.origin = partial ? Optional.empty() : Optional.of("CN");
    t.holidays.add(LocalDate.of(2026, 5, 1));
    LcTerms terms = t.build();
    assertThat(LcTerms.CODEC.decode(LcTerms.CODEC.encode(terms))).isEqualTo(terms);
    DocumentsDraft d = new DocumentsDraft();
    d.issuer = printable;
    d.invoiceAmount = amount;
    d.withInsurance = partial;
    d.onBoard = partial ? Optional.empty() : d.onBoard;
    PresentedDocuments docs = d.build();
    assertThat(PresentedDocuments.CODEC.decode(PresentedDocuments.CODEC.encode(docs)))
        .isEqualTo(docs);
  }
}
