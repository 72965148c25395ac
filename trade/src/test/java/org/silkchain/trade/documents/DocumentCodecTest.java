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
  void onChainRecordsAndBodiesRoundTripAndMutantsFailOnlyWithDecodeException() {
    var sealer =
        new org.silkchain.trade.confidential.Sealer(
            org.silkchain.trade.TradeChain.SUITE.hash(), new java.security.SecureRandom());
    var sealed =
        sealer.seal(
            TradeDocument.CODEC,
            SampleDocuments.invoice(C),
            List.of(C.traderCn.encryption().publicKey(), C.traderDe.encryption().publicKey()));
    var id = org.silkchain.trade.TradeChain.SUITE.hash().digest(Bytes.utf8("doc"));
    var register =
        new RegisterDocument(
            DocumentType.COMMERCIAL_INVOICE,
            C.traderCn.id(),
            List.of(C.traderDe.id()),
            List.of("DE", "CN"),
            java.util.Optional.of(id),
            sealed);
    var doc =
        new Document(
            id,
            DocumentType.COMMERCIAL_INVOICE,
            C.traderCn.id(),
            C.traderCn.id(),
            List.of(C.traderDe.id(), C.traderCn.id()),
            List.of("CN", "DE"),
            java.util.Optional.empty(),
            sealed.commitment(),
            7,
            8,
            1);
    check(RegisterDocument.CODEC, register);
    check(Document.CODEC, doc);
    check(GrantAccess.CODEC, new GrantAccess(id, C.bankDe.id(), sealed));
    check(AccessRef.CODEC, new AccessRef(id, C.bankDe.id()));
    check(DocumentRef.CODEC, new DocumentRef(id, 3));
  }

  private static <T> void check(org.silkchain.codec.Codec<T> codec, T value) {
    Bytes good = codec.encode(value);
    assertThat(codec.decode(good)).isEqualTo(value);
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      byte[] bad = good.toArray();
      bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
      int cut = random.nextInt(3) == 0 ? random.nextInt(bad.length) : bad.length;
      Bytes input = Bytes.of(bad, 0, cut);
      try {
        assertThat(codec.encode(codec.decode(input))).isEqualTo(input);
      } catch (DecodeException expected) {
        // the only failure a decoder may throw
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
