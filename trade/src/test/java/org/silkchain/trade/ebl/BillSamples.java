package org.silkchain.trade.ebl;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;

/** Bill data for tests: a to-order and a straight bill between Shanghai and Hamburg. */
final class BillSamples {
  static final BillParty.Address CARRIER_ADDRESS =
      new BillParty.Address("Harbour Road 1", "Shanghai", "CN");

  private BillSamples() {}

  static BillParty party(String name, AccountId account, String city, String country) {
    return BillParty.of(name, new BillParty.Address("Main Street 7", city, country), account);
  }

  /** A clean to-order bill from {@code shipper}, with one notify party. */
  static BillData toOrder(
      String reference, AccountId carrier, AccountId shipper, AccountId notify) {
    return data(
        reference,
        carrier,
        party("Yangtze Textiles Ltd", shipper, "Shanghai", "CN"),
        Optional.empty(),
        List.of(party("Hanse Import GmbH", notify, "Hamburg", "DE")),
        true,
        List.of());
  }

  /** A straight bill to {@code consignee}, claused when {@code clean} is false. */
  static BillData straight(
      String reference, AccountId carrier, AccountId shipper, AccountId consignee, boolean clean) {
    return data(
        reference,
        carrier,
        party("Yangtze Textiles Ltd", shipper, "Shanghai", "CN"),
        Optional.of(party("Hanse Import GmbH", consignee, "Hamburg", "DE")),
        List.of(),
        clean,
        clean ? List.of() : List.of("2 cartons torn, contents exposed"));
  }

  static BillData data(
      String reference,
      AccountId carrier,
      BillParty shipper,
      Optional<BillParty> consignee,
      List<BillParty> notify,
      boolean clean,
      List<String> clauses) {
    return new BillData(
        reference,
        "SLKL",
        BillParty.of("Silk Line Shipping", CARRIER_ADDRESS, carrier),
        shipper,
        consignee,
        notify,
        "SILK ROAD EXPRESS",
        "2601W",
        new Port("CNSHA", "Shanghai"),
        new Port("DEHAM", "Hamburg"),
        LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 4, 6),
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 1),
        "CNSHA",
        "CNSHA",
        clean,
        clauses,
        List.of(
            new Consignment(
                "SLK260301",
                List.of("1200 cartons cotton T-shirts", "HS 610910, 100% cotton"),
                "610910",
                List.of(new Consignment.Cargo("SLKU1234565", 12_500_500, 1200, "Carton")))),
        List.of(new Container("SLKU1234565", "45G1", List.of("SL0099881"), false)),
        "Bookings Desk",
        "docs@silkline.example",
        "Carriage under the carrier's standard terms, available on request.");
  }

  /** A bill record as the chain would hold it for {@code data}, freshly issued. */
  static Bill issued(BillData data, AccountId carrier, Bill.Form form) {
    AccountId shipper = data.shipper().account().orElseThrow();
    return new Bill(
        Hash.fromHex("11".repeat(32)),
        carrier,
        shipper,
        form,
        form == Bill.Form.STRAIGHT
            ? data.consignee().flatMap(BillParty::account)
            : Optional.empty(),
        shipper,
        Bill.Status.ISSUED,
        false,
        Optional.empty(),
        Hash.fromHex("22".repeat(32)),
        0,
        0,
        1);
  }

  static AccountId account(int n) {
    return AccountId.fromHex(String.format("%064x", n));
  }
}
