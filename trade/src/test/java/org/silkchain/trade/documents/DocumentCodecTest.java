package org.silkchain.trade.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.trade.Consortium;

class DocumentCodecTest {
  private static final Consortium C = new Consortium();

  private static List<TradeDocument> samples() {
    return List.of(
        SampleDocuments.invoice(C),
        SampleDocuments.packingList(C),
        SampleDocuments.origin(C),
        SampleDocuments.insurance(C),
        SampleDocuments.declaration(C));
  }

  @Test
  void everyTypeRoundTripsWithItsTypeCode() {
    for (TradeDocument d : samples()) {
      Bytes encoded = TradeDocument.CODEC.encode(d);
      assertThat(TradeDocument.CODEC.decode(encoded)).isEqualTo(d);
      assertThat(TradeDocument.CODEC.decode(encoded).type()).isEqualTo(d.type());
    }
  }

  @Test
  void mutatedEncodingsFailOnlyWithDecodeException() {
    Random random = new Random(42);
    for (TradeDocument d : samples()) {
      byte[] good = TradeDocument.CODEC.encode(d).toArray();
      for (int i = 0; i < 400; i++) {
        byte[] bad = good.clone();
        int at = random.nextInt(bad.length);
        bad[at] = (byte) random.nextInt(256);
        int cut = random.nextInt(4) == 0 ? random.nextInt(bad.length) : bad.length;
        Bytes input = Bytes.of(bad, 0, cut);
        try {
          TradeDocument decoded = TradeDocument.CODEC.decode(input);
          assertThat(TradeDocument.CODEC.encode(decoded)).isEqualTo(input); // canonical
        } catch (DecodeException expected) {
          // the only failure a decoder may throw
        }
      }
    }
  }

  @Test
  void recordsRefuseInvalidFields() {
    var i = SampleDocuments.invoice(C);
    assertThatThrownBy(
            () ->
                new CommercialInvoice(
                    i.seller(),
                    i.buyer(),
                    i.invoiceNumber(),
                    i.issueDate(),
                    "eur",
                    i.amount(),
                    i.goodsDescription(),
                    i.quantity(),
                    i.unit()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CommercialInvoice(
                    i.seller(),
                    i.buyer(),
                    i.invoiceNumber(),
                    i.issueDate(),
                    "EUR",
                    0,
                    i.goodsDescription(),
                    i.quantity(),
                    i.unit()))
        .isInstanceOf(IllegalArgumentException.class);
    var p = SampleDocuments.packingList(C);
    assertThatThrownBy(
            () ->
                new PackingList(
                    p.shipper(),
                    p.invoiceNumber(),
                    p.issueDate(),
                    p.goodsDescription(),
                    p.packages(),
                    p.packageType(),
                    p.netWeightGrams() - 1,
                    p.netWeightGrams(),
                    p.marks()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
