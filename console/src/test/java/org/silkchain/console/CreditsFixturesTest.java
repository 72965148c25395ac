package org.silkchain.console;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.ebl.BillData;
import org.silkchain.trade.ebl.BillParty;
import org.silkchain.trade.ebl.BillRef;
import org.silkchain.trade.ebl.Consignment;
import org.silkchain.trade.ebl.Container;
import org.silkchain.trade.ebl.Page;
import org.silkchain.trade.ebl.Port;
import org.silkchain.trade.ebl.SurrenderRequest;
import org.silkchain.trade.lc.Advice;
import org.silkchain.trade.lc.CreditPage;
import org.silkchain.trade.lc.CreditRef;
import org.silkchain.trade.lc.examination.Article;
import org.silkchain.trade.lc.examination.DocumentKind;
import org.silkchain.trade.lc.examination.ExaminedTransportDocument;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.Tolerance;
import org.silkchain.trade.listing.PageRequest;

/**
 * What the console's letters of credit and bills of lading screens encode and decode, written by
 * the real codecs into {@code test/fixtures/credits.json} and compared by {@code
 * test/credits.test.ts}: the query requests ({@code lc/credit}, {@code lc/by-party}, {@code
 * lc/trail}, {@code ebl/bill}, {@code ebl/held}, {@code ebl/history}, {@code ebl/by-carrier}), the
 * bodies the browser signs ({@code lc/advise}, {@code lc/honour}, {@code ebl/surrender}, {@code
 * ebl/accomplish}), and the plaintexts a party reads after opening the sealed terms and bill data.
 */
class CreditsFixturesTest {
  @Test
  void theCheckedInFixtureIsWhatTheJavaCodecsWrite() throws Exception {
    Fixtures.check("credits", fixture());
  }

  static Map<String, Object> fixture() {
    Hash credit = Hash.fromHex("c1".repeat(32));
    Hash bill = Hash.fromHex("b1".repeat(32));
    AccountId account = AccountId.fromHex("ab".repeat(32));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("credit", credit.toHex());
    out.put("bill", bill.toHex());
    out.put("account", account.toString());
    out.put("creditRef", CreditRef.CODEC.encode(new CreditRef(credit)).toHex());
    out.put("adviceConfirm", Advice.CODEC.encode(new Advice(credit, true)).toHex());
    out.put("adviceOnly", Advice.CODEC.encode(new Advice(credit, false)).toHex());
    out.put("pageRequest", PageRequest.CODEC.encode(new PageRequest(account, 300, 100)).toHex());
    out.put("creditPage", CreditPage.CODEC.encode(new CreditPage(credit, 2, 50)).toHex());
    out.put("billRef", BillRef.CODEC.encode(new BillRef(bill)).toHex());
    out.put("holdings", Page.Holdings.CODEC.encode(new Page.Holdings(account, 0, 256)).toHex());
    out.put("history", Page.History.CODEC.encode(new Page.History(bill, 3, 256)).toHex());
    out.put(
        "surrenderForDelivery",
        SurrenderRequest.CODEC
            .encode(new SurrenderRequest(bill, SurrenderRequest.Purpose.DELIVERY))
            .toHex());
    LcTerms terms = terms();
    out.put("lcTerms", LcTerms.CODEC.encode(terms).toHex());
    out.put("lcTermsApplicant", terms.applicantName());
    out.put("lcTermsBeneficiary", terms.beneficiaryName());
    out.put("lcTermsAmount", terms.amount());
    out.put("lcTermsGoods", terms.goodsDescription());
    out.put("lcTermsExpiry", terms.expiryDate().toString());
    out.put("lcTermsLatestShipment", terms.latestShipmentDate().toString());
    BillData data = billData(account);
    out.put("billData", BillData.CODEC.encode(data).toHex());
    out.put("billDataReference", data.reference());
    out.put("billDataVessel", data.vesselName());
    out.put("billDataShippedOnBoard", data.shippedOnBoardDate().toString());
    ExaminedTransportDocument transport =
        new ExaminedTransportDocument(
            "East Sea Shipping",
            "EAST SEA PIONEER",
            "SHANGHAI",
            "Singapore",
            Optional.of(LocalDate.of(2026, 11, 20)),
            LocalDate.of(2026, 11, 21),
            true,
            "sewing machines",
            40,
            24_000_000);
    out.put("transport", ExaminedTransportDocument.CODEC.encode(transport).toHex());
    Map<String, String> articles = new LinkedHashMap<>();
    for (Article a : Article.values()) {
      articles.put(a.name(), a.code());
    }
    out.put("articles", articles);
    return out;
  }

  private static LcTerms terms() {
    return new LcTerms(
        "Straits Imports Pte Ltd",
        "丝路贸易有限公司",
        "SGD",
        1_234_567_89L,
        new Tolerance(10, 10),
        "mulberry silk scarves",
        3_000,
        "PCS",
        false,
        true,
        "CIF",
        "Shanghai",
        "Singapore",
        LocalDate.of(2026, 12, 10),
        LocalDate.of(2027, 1, 31),
        "Singapore",
        LcTerms.DEFAULT_PRESENTATION_DAYS,
        false,
        EnumSet.of(DocumentKind.COMMERCIAL_INVOICE, DocumentKind.TRANSPORT_DOCUMENT),
        LcTerms.DEFAULT_INSURANCE_COVER,
        Optional.of("CN"),
        new TreeSet<>(List.of(LocalDate.of(2027, 1, 1))));
  }

  private static BillData billData(AccountId carrier) {
    LocalDate day = LocalDate.of(2026, 12, 1);
    return new BillData(
        "ESS-SHA-SIN-0042",
        "ESSC",
        BillParty.of(
            "East Sea Shipping",
            new BillParty.Address("Harbour Road 1", "Shanghai", "CN"),
            carrier),
        new BillParty(
            "丝路贸易有限公司",
            Optional.of(new BillParty.Address("Silk Street 8", "Shanghai", "CN")),
            Optional.empty()),
        Optional.empty(),
        List.of(new BillParty("Straits Imports Pte Ltd", Optional.empty(), Optional.empty())),
        "SILK ROAD EXPRESS",
        "2611W",
        new Port("CNSHA", "Shanghai"),
        new Port("SGSIN", "Singapore"),
        day,
        day.plusDays(7),
        day,
        day,
        "CNSHA",
        "CNSHA",
        true,
        List.of(),
        List.of(
            new Consignment(
                "ESS-0042-01",
                List.of("mulberry silk scarves"),
                "621410",
                List.of(new Consignment.Cargo("SLKU1234565", 450_000, 60, "Carton")))),
        List.of(new Container("SLKU1234565", "22G1", List.of("DO0012345"), false)),
        "Documentation Desk",
        "docs@carrier.example",
        "Carriage under the carrier's standard terms.");
  }
}
