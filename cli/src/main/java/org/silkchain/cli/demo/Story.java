package org.silkchain.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.iso20022.pacs002.Pacs002Writer;
import org.silkchain.iso20022.pacs008.Pacs008Writer;
import org.silkchain.iso20022.schema.SchemaValidator;
import org.silkchain.iso20022.schema.ValidationResult;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.trade.basket.BasketModule;
import org.silkchain.trade.basket.Lots;
import org.silkchain.trade.currency.CurrencyAccount;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.OpenCustomer;
import org.silkchain.trade.kv.KvModule;
import org.silkchain.trade.kv.KvPut;
import org.silkchain.trade.payments.ChargeBearer;
import org.silkchain.trade.payments.CrossBorderPay;
import org.silkchain.trade.payments.CrossBorderPayment;
import org.silkchain.trade.payments.FxTerms;
import org.silkchain.trade.payments.PaymentsModule;
import org.silkchain.trade.payments.PvpTerms;
import org.silkchain.trade.payments.Rate;
import org.silkchain.trade.payments.Reference;

/**
 * The demo's story, told through every trade module over a running network: currencies are issued
 * and minted, banks onboard their traders, agree an FX corridor, the importer pays the exporter
 * across the border, the payment is exported as ISO 20022, the SDR-like basket is deposited into
 * and redeemed, two banks settle a PvP and the carrier records a note; then a letter of credit with
 * an eBL ({@link TradeChapter}), while the members vote on a basket change ({@link
 * GovernanceChapter}, tabled early, closed last). Each transaction step prints one line and must
 * end with the code the story expects (one refusal is expected on purpose).
 */
public final class Story {
  /** The end-to-end id of the story's cross-border payment. */
  public static final String END_TO_END_ID = "INV-DEMO-0001";

  /** What the story exported. */
  public record Exported(String endToEndId, String pacs008, String pacs002) {}

  private static final long DAY_MS = 86_400_000L;

  private final ChainClient chain;
  private final Map<String, Party> members;
  final Narrator say;
  private final List<Outcome> outcomes = new ArrayList<>();
  private int step;
  private Exported exported;
  private TradeChapter.Exports trade;

  /**
   * @param members the consortium's members by member id (their genesis accounts)
   */
  public Story(ChainClient chain, Map<String, Party> members, PrintWriter out) {
    this.chain = chain;
    this.members = Map.copyOf(members);
    this.say = new Narrator(out);
  }

  /** Every transaction step so far, in order (also after a failure). */
  public List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  /** What the trade chapter exported (the bill as DCSA JSON, the credit's receipts), if it ran. */
  public java.util.Optional<TradeChapter.Exports> trade() {
    return java.util.Optional.ofNullable(trade);
  }

  /** Runs the whole story; stops at the first step that does not end as expected. */
  public Exported run() throws StepFailed {
    Party pbc = member(DemoConsortium.PBC);
    Party ecb = member(DemoConsortium.ECB);
    Party boc = member(DemoConsortium.BOC);
    Party db = member(DemoConsortium.DB);
    Party scb = member(DemoConsortium.SCB);

    say.chapter("Money: two central banks issue their currencies and fund the banks");
    issue(pbc, "CNY", 2);
    issue(ecb, "EUR", 2);
    mint(pbc, "CNY", boc, 10_000_000_00L);
    mint(pbc, "CNY", db, 1_000_000_00L);
    mint(pbc, "CNY", scb, 100_000_00L);
    mint(ecb, "EUR", db, 1_000_000_00L);
    mint(ecb, "EUR", boc, 100_000_00L);
    mint(ecb, "EUR", scb, 100_000_00L);

    say.chapter("Onboarding: each bank opens an account for its trader (only a KYC hash on chain)");
    Party exporter = openCustomer(boc, member(DemoConsortium.EXPORTER), "CN");
    Party importer = openCustomer(db, member(DemoConsortium.IMPORTER), "DE");
    transfer(db, "EUR", importer, 50_000_00L, "credits");
    tx(
        importer.name() + " tries to send " + say.money("EUR", 1_000_000_00L) + " it does not have",
        importer,
        CurrencyModule.TRANSFER.payload(
            CurrencyModule.NAME, new Movement("EUR", exporter.account(), 1_000_000_00L)),
        "INSUFFICIENT_FUNDS");

    // Voting stays open a minute of block time: the vote runs while business goes on.
    GovernanceChapter governance = new GovernanceChapter(this, chain);
    governance.tableAndVote();

    say.chapter(
        "Cross-border payment: EUR in Hamburg, CNY in Shanghai, over an agreed FX corridor");
    Rate rate = new Rate(78_125, 4);
    Outcome corridor =
        tx(
            db.name()
                + " proposes a EUR->CNY corridor to "
                + boc.name()
                + " at "
                + rate.toBigDecimal().toPlainString()
                + ", charges "
                + say.money("EUR", 5_00)
                + " + "
                + say.money("EUR", 2_00),
            db,
            PaymentsModule.FX_PROPOSE.payload(
                PaymentsModule.NAME,
                new FxTerms(
                    boc.account(),
                    "EUR",
                    "CNY",
                    rate,
                    5_00,
                    2_00,
                    100_000_00L,
                    System.currentTimeMillis() + DAY_MS)),
            "OK");
    Hash corridorId = Hash.fromHex(corridor.txId());
    tx(
        boc.name() + " accepts the corridor",
        boc,
        PaymentsModule.FX_ACCEPT.payload(PaymentsModule.NAME, new Reference(corridorId)),
        "OK");
    long amount = 10_000_00L;
    ChainClient.Committed paid =
        commit(
            importer.name()
                + " pays "
                + exporter.name()
                + " "
                + say.money("EUR", amount)
                + " for invoice "
                + END_TO_END_ID
                + " (charges shared)",
            importer,
            PaymentsModule.XB_PAY.payload(
                PaymentsModule.NAME,
                new CrossBorderPay(
                    END_TO_END_ID, exporter.account(), corridorId, amount, ChargeBearer.SHAR)),
            "OK");
    Hash paymentId = settledPayment(paid.receipt());
    PaymentExporter.Messages messages =
        new PaymentExporter(chain, accountsToIds()).export(paymentId);
    CrossBorderPayment p = messages.payment();
    say.note(
        "settled "
            + p.status()
            + ": debited "
            + say.money(p.instructedCurrency(), p.debited())
            + " from the importer, credited "
            + say.money(p.settlementCurrency(), p.settlementAmount())
            + " to the exporter at "
            + p.rate().toBigDecimal().toPlainString());
    balances(
        List.of(
            new Holding(importer, "EUR"),
            new Holding(exporter, "CNY"),
            new Holding(db, "EUR"),
            new Holding(db, "CNY"),
            new Holding(boc, "EUR")));

    say.chapter("ISO 20022: the settled payment as pacs.008 and pacs.002");
    validate(Pacs008Writer.MESSAGE_TYPE, messages.pacs008());
    validate(Pacs002Writer.MESSAGE_TYPE, messages.pacs002());
    say.excerpt(
        messages.pacs008(), "EndToEndId", "IntrBkSttlmAmt", "InstdAmt", "XchgRate", "BICFI");
    say.excerpt(messages.pacs002(), "TxSts");
    exported = new Exported(END_TO_END_ID, messages.pacs008(), messages.pacs002());

    say.chapter("Basket: 1 lot of the SDR-like XDR (CNY, EUR, GBP, JPY, USD)");
    Party boe = member(DemoConsortium.BOE);
    Party boj = member(DemoConsortium.BOJ);
    Party fed = member(DemoConsortium.FED);
    issue(boe, "GBP", 2);
    issue(boj, "JPY", 0);
    issue(fed, "USD", 2);
    mint(boe, "GBP", scb, 1_000_00L);
    mint(boj, "JPY", scb, 100_000L);
    mint(fed, "USD", scb, 5_000_00L);
    say.currency("XDR", 2);
    tx(
        scb.name() + " deposits the legs of 1 lot and receives " + say.money("XDR", 1_000_00L),
        scb,
        BasketModule.DEPOSIT.payload(BasketModule.NAME, new Lots(1)),
        "OK");
    balances(List.of(new Holding(scb, "XDR"), new Holding(scb, "JPY")));
    tx(
        scb.name() + " redeems the lot for its legs",
        scb,
        BasketModule.REDEEM.payload(BasketModule.NAME, new Lots(1)),
        "OK");
    balances(List.of(new Holding(scb, "XDR"), new Holding(scb, "JPY")));

    say.chapter("PvP: two banks swap CNY for EUR, both legs or neither");
    Outcome offer =
        tx(
            boc.name()
                + " offers "
                + say.money("CNY", 78_125_00L)
                + " for "
                + say.money("EUR", 10_000_00L)
                + " to "
                + db.name(),
            boc,
            PaymentsModule.PVP_OFFER.payload(
                PaymentsModule.NAME,
                new PvpTerms(
                    db.account(),
                    "CNY",
                    78_125_00L,
                    "EUR",
                    10_000_00L,
                    System.currentTimeMillis() + DAY_MS)),
            "OK");
    tx(
        db.name() + " accepts: both legs settle in one transaction",
        db,
        PaymentsModule.PVP_ACCEPT.payload(
            PaymentsModule.NAME, new Reference(Hash.fromHex(offer.txId()))),
        "OK");
    balances(
        List.of(
            new Holding(boc, "CNY"),
            new Holding(boc, "EUR"),
            new Holding(db, "CNY"),
            new Holding(db, "EUR")));

    say.chapter("Notes: the carrier records the voyage in the key-value module");
    Party carrier = member(DemoConsortium.CARRIER);
    tx(
        carrier.name() + " notes: " + END_TO_END_ID + " loaded at Shanghai, bound for Hamburg",
        carrier,
        KvModule.PUT.payload(
            KvModule.NAME,
            new KvPut(
                "voyage/" + END_TO_END_ID,
                Bytes.utf8("loaded 40ft container at Shanghai, ETA Hamburg in 32 days"))),
        "OK");

    trade = new TradeChapter(this, chain).run(importer, exporter);
    governance.closeAndReport();
    return exported;
  }

  Party member(String id) throws StepFailed {
    Party p = members.get(id);
    if (p == null) {
      throw new StepFailed("the consortium has no member " + id);
    }
    return p;
  }

  private Map<org.silkchain.ledger.transaction.AccountId, String> accountsToIds() {
    Map<org.silkchain.ledger.transaction.AccountId, String> ids = new TreeMap<>();
    members.forEach((id, p) -> ids.put(p.account(), id));
    return ids;
  }

  private void issue(Party bank, String code, int units) throws StepFailed {
    say.currency(code, units);
    tx(
        bank.name() + " issues " + code + " (" + units + " decimals)",
        bank,
        CurrencyModule.ISSUE.payload(CurrencyModule.NAME, new Issue(code, units)),
        "OK");
  }

  private void mint(Party bank, String code, Party to, long amount) throws StepFailed {
    tx(
        bank.name() + " mints " + say.money(code, amount) + " to " + to.name(),
        bank,
        CurrencyModule.MINT.payload(CurrencyModule.NAME, new Movement(code, to.account(), amount)),
        "OK");
  }

  private void transfer(Party from, String code, Party to, long amount, String verb)
      throws StepFailed {
    tx(
        from.name() + " " + verb + " " + to.name() + " with " + say.money(code, amount),
        from,
        CurrencyModule.TRANSFER.payload(
            CurrencyModule.NAME, new Movement(code, to.account(), amount)),
        "OK");
  }

  private Party openCustomer(Party bank, Party trader, String jurisdiction) throws StepFailed {
    Hash kyc = chain.hash().digest(Bytes.utf8("kyc dossier of " + trader.name()));
    tx(
        bank.name()
            + " opens an account for "
            + trader.name()
            + " (KYC hash "
            + kyc.toHex().substring(0, 8)
            + ")",
        bank,
        IdentityModule.OPEN_CUSTOMER.payload(
            IdentityModule.NAME,
            new OpenCustomer(List.of(trader.key().publicKey()), 1, kyc, jurisdiction)),
        "OK");
    return new Party(
        trader.name(),
        trader.key(),
        trader.encryptionIfAny(),
        org.silkchain.trade.identity.Identities.customerAccountId(
            chain.hash(), bank.account(), List.of(trader.key().publicKey())),
        0);
  }

  Outcome tx(String title, Party who, Payload payload, String expected) throws StepFailed {
    commit(title, who, payload, expected);
    return outcomes.get(outcomes.size() - 1);
  }

  ChainClient.Committed commit(String title, Party who, Payload payload, String expected)
      throws StepFailed {
    int n = ++step;
    ChainClient.Committed c;
    try {
      c = chain.execute(who, payload);
    } catch (StepFailed e) {
      throw new StepFailed("step " + n + " (" + title + "): " + e.getMessage(), e);
    }
    Outcome o = new Outcome(n, title, c.txId(), c.height(), c.code(), expected);
    outcomes.add(o);
    String verdict =
        o.succeeded()
            ? (expected.equals("OK") ? "OK" : "refused as expected: " + c.code())
            : "FAILED: " + c.code() + " " + c.receipt().path("result").path("message").asText("");
    say.transaction(o, verdict);
    if (!o.succeeded()) {
      throw new StepFailed(
          "step "
              + n
              + " ("
              + title
              + "): expected "
              + expected
              + ", got "
              + c.code()
              + " "
              + c.receipt().path("result").path("message").asText(""));
    }
    return c;
  }

  private static Hash settledPayment(JsonNode receipt) throws StepFailed {
    for (JsonNode e : receipt.path("events")) {
      if (e.path("module").asText().equals(PaymentsModule.NAME)
          && e.path("type").asText().equals("xb-settled")) {
        return Hash.fromHex(e.path("attributes").path("payment").asText());
      }
    }
    throw new StepFailed("the payment's receipt has no xb-settled event: " + receipt);
  }

  record Holding(Party who, String code) {}

  void balances(List<Holding> holdings) throws StepFailed {
    for (Holding h : holdings) {
      long balance =
          chain.query(
              CurrencyModule.NAME,
              CurrencyModule.BALANCE.name(),
              CurrencyAccount.CODEC,
              new CurrencyAccount(h.code(), h.who().account()),
              CurrencyModule.BALANCE.response());
      say.note("balance of " + h.who().name() + ": " + say.money(h.code(), balance));
    }
  }

  private void validate(org.silkchain.iso20022.schema.MessageType messageType, String xml)
      throws StepFailed {
    ValidationResult v = SchemaValidator.validate(messageType, xml);
    if (!v.valid()) {
      throw new StepFailed(messageType + " does not validate: " + v);
    }
    say.note(messageType + ": " + xml.length() + " characters, valid against the ISO 20022 schema");
  }
}
