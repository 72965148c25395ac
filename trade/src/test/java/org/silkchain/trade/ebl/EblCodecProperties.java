package org.silkchain.trade.ebl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;

/**
 * The eBL encodings are canonical and their decoders hostile-input safe: every value round-trips,
 * and arbitrary or truncated bytes fail with {@link DecodeException} only.
 */
class EblCodecProperties {
  private static final AccountId CARRIER = BillSamples.account(1);
  private static final AccountId SHIPPER = BillSamples.account(2);
  private static final AccountId CONSIGNEE = BillSamples.account(3);

  private static final List<Codec<?>> DECODERS =
      List.of(
          Bill.CODEC,
          HolderEntry.CODEC,
          BillData.CODEC,
          BillParty.CODEC,
          IssueBill.CODEC,
          Endorsement.CODEC,
          BillRef.CODEC,
          SurrenderRequest.CODEC,
          Amendment.CODEC,
          Page.History.CODEC,
          Page.Holdings.CODEC,
          Page.ENTRIES,
          Page.BILL_IDS);

  @Provide
  Arbitrary<BillData> billData() {
    return Arbitraries.of(
        BillSamples.toOrder("SLK1", CARRIER, SHIPPER, CONSIGNEE),
        BillSamples.straight("SLK2", CARRIER, SHIPPER, CONSIGNEE, true),
        BillSamples.straight("SLK3", CARRIER, SHIPPER, CONSIGNEE, false));
  }

  @Property(tries = 30)
  void billDataRoundTripsAndTruncationFails(
      @ForAll("billData") BillData data, @ForAll @IntRange(max = 999) int perMille) {
    Bytes encoded = BillData.CODEC.encode(data);
    assertThat(BillData.CODEC.decode(encoded)).isEqualTo(data);
    int at = encoded.size() * perMille / 1000;
    assertThatThrownBy(() -> BillData.CODEC.decode(encoded.slice(0, at)))
        .isInstanceOf(DecodeException.class);
  }

  @Property(tries = 200)
  void decodersThrowOnlyDecodeException(@ForAll @Size(max = 300) byte[] noise) {
    for (Codec<?> codec : DECODERS) {
      try {
        codec.decode(Bytes.wrap(noise));
      } catch (DecodeException expected) {
        // the only failure a decoder may have
      }
    }
  }

  @Property(tries = 100)
  void billRoundTripsInEveryState(
      @ForAll Bill.Status status,
      @ForAll Bill.Form form,
      @ForAll boolean blank,
      @ForAll("counts") long amendments) {
    Bill bill =
        new Bill(
            Hash.fromHex("ab".repeat(32)),
            CARRIER,
            SHIPPER,
            form,
            form == Bill.Form.STRAIGHT ? Optional.of(CONSIGNEE) : Optional.empty(),
            SHIPPER,
            status,
            blank,
            status.isActive() ? Optional.empty() : Optional.of(SHIPPER),
            Hash.fromHex("cd".repeat(32)),
            1_767_225_600_000L,
            amendments,
            amendments + 1);
    assertThat(Bill.CODEC.decode(Bill.CODEC.encode(bill))).isEqualTo(bill);
  }

  @Provide
  Arbitrary<Long> counts() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE - 1);
  }

  @Example
  void invalidBillDataIsRefusedWhenBuiltAndWhenDecoded() {
    BillData valid = BillSamples.toOrder("SLK1", CARRIER, SHIPPER, CONSIGNEE);
    assertThatThrownBy(() -> new Port("shanghai", "Shanghai"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unLocode");
    assertThatThrownBy(
            () -> new Consignment("B1", List.of(" padded"), "610910", valid.goods().get(0).cargo()))
        .hasMessageContaining("description");
    assertThatThrownBy(
            () ->
                BillSamples.data(
                    "A-REFERENCE-OVER-20-CHARS",
                    CARRIER,
                    valid.shipper(),
                    Optional.empty(),
                    List.of(),
                    true,
                    List.of()))
        .hasMessageContaining("reference");
    // A document reference of 21 characters, encoded by hand past the constructor's check.
    Bytes encoded = BillData.CODEC.encode(valid);
    Bytes tampered =
        Bytes.wrap(
            new String(encoded.toArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u0004SLK1", "\u0015SLK1XXXXXXXXXXXXXXXXX")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> BillData.CODEC.decode(tampered))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("reference");
    assertThat(valid.goodsDescription())
        .isEqualTo("1200 cartons cotton T-shirts\nHS 610910, 100% cotton");
    assertThat(valid.shippedOnBoardDate()).isEqualTo(LocalDate.of(2026, 3, 1));
  }
}
