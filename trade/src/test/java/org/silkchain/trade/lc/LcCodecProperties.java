package org.silkchain.trade.lc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.lc.examination.Article;
import org.silkchain.trade.lc.examination.DiscrepancyCode;
import org.silkchain.trade.lc.examination.DocumentsDraft;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.PresentedDocuments;
import org.silkchain.trade.lc.examination.TermsDraft;

/**
 * Hostile input: every lc decoder, fed random bytes or a valid encoding with one byte changed,
 * returns a value that re-encodes to the same bytes or throws {@link DecodeException}, nothing
 * else.
 */
class LcCodecProperties {
  private static final Sealed SEALED =
      new Sealer(TradeChain.SUITE.hash(), new SecureRandom())
          .seal(Bytes.utf8("terms"), List.of(TradeChain.encryptionKey("bank").publicKey()));
  private static final Hash ID = TradeChain.SUITE.hash().digest(Bytes.utf8("credit"));
  private static final AccountId A = AccountId.derive(TradeChain.SUITE.hash(), Bytes.utf8("a"));
  private static final CreditTerms TERMS =
      new CreditTerms(
          A,
          A,
          A,
          "EUR",
          100,
          LocalDate.of(2026, 4, 10),
          List.of(LocalDate.of(2026, 4, 6)),
          SEALED);
  private static final Presentation PRESENTATION =
      new Presentation(
          1,
          A,
          ID,
          100,
          SEALED,
          SEALED,
          5,
          LocalDate.of(2026, 3, 27),
          List.of(
              new DiscrepancyCode(Article.CLEAN, "transport.clean"),
              new DiscrepancyCode(Article.INVOICE_AMOUNT, "invoice.amount")));

  private static final List<Sample<?>> SAMPLES =
      List.of(
          new Sample<>(CreditTerms.CODEC, TERMS),
          new Sample<>(
              Credit.CODEC,
              new Credit(
                  ID,
                  A,
                  TERMS,
                  Credit.State.REFUSED,
                  true,
                  Optional.of(new AmendmentProposal(ID, 5, LocalDate.of(2026, 5, 1), SEALED)),
                  Optional.of(PRESENTATION),
                  1,
                  0)),
          new Sample<>(Present.CODEC, new Present(ID, ID, 7, SEALED, SEALED)),
          new Sample<>(
              RefusalNotice.CODEC, new RefusalNotice(ID, PRESENTATION.discrepancies(), true)),
          new Sample<>(IssueCredit.CODEC, new IssueCredit(ID, SEALED)),
          new Sample<>(Advice.CODEC, new Advice(ID, true)),
          new Sample<>(CreditRef.CODEC, new CreditRef(ID)),
          new Sample<>(LcTerms.CODEC, new TermsDraft().build()),
          new Sample<>(PresentedDocuments.CODEC, new DocumentsDraft().build()));

  record Sample<T>(Codec<T> codec, T value) {
    Bytes encoded() {
      return codec.encode(value);
    }

    void decodeOnlyCleanly(Bytes input) {
      try {
        T decoded = codec.decode(input);
        assertThat(codec.encode(decoded)).isEqualTo(input);
      } catch (DecodeException expected) {
        // the only failure a decoder may have
      }
    }
  }

  @Property(tries = 300)
  void oneChangedByteDecodesCleanlyOrNotAtAll(
      @ForAll @IntRange(min = 0, max = 8) int which,
      @ForAll @IntRange(min = 0, max = 1_000_000) int at,
      @ForAll @IntRange(min = 1, max = 255) int xor) {
    Sample<?> sample = SAMPLES.get(which);
    byte[] bytes = sample.encoded().toArray();
    bytes[at % bytes.length] ^= (byte) xor;
    sample.decodeOnlyCleanly(Bytes.wrap(bytes));
  }

  @Property(tries = 200)
  void randomBytesDecodeCleanlyOrNotAtAll(
      @ForAll @IntRange(min = 0, max = 8) int which, @ForAll @Size(max = 64) byte[] tail) {
    Sample<?> sample = SAMPLES.get(which);
    Bytes encoded = sample.encoded();
    // Keep the valid header so that decoding reaches the fields.
    sample.decodeOnlyCleanly(encoded.slice(0, 3).concat(Bytes.wrap(tail)));
  }

  @Property(tries = 10)
  void everySampleRoundTrips(@ForAll @IntRange(min = 0, max = 8) int which) {
    Sample<?> sample = SAMPLES.get(which);
    sample.decodeOnlyCleanly(sample.encoded());
    assertThat(roundTrip(sample)).isTrue();
  }

  @Example
  void aVersionOnePresentationWithoutTheReSealedBillDataIsRefused() {
    for (Sample<?> sample :
        List.of(
            new Sample<>(Present.CODEC, new Present(ID, ID, 7, SEALED, SEALED)),
            new Sample<>(Presentation.CODEC, PRESENTATION))) {
      byte[] bytes = sample.encoded().toArray();
      assertThat(bytes[2]).isEqualTo((byte) 2);
      bytes[2] = 1; // the version byte after the u16 type tag
      assertThatThrownBy(() -> sample.codec().decode(Bytes.wrap(bytes)))
          .isInstanceOfSatisfying(
              DecodeException.class,
              e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.UNSUPPORTED_VERSION));
    }
  }

  private static <T> boolean roundTrip(Sample<T> s) {
    return s.codec().decode(s.encoded()).equals(s.value());
  }
}
