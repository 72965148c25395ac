package org.silkchain.cli.trade;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.silkchain.cli.net.dsl.Account;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Action;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.governance.ProposalType;
import org.silkchain.trade.governance.Table;
import org.silkchain.trade.governance.measure.AdoptText;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.OpenCustomer;
import org.silkchain.trade.identity.SetEncryptionKey;
import org.silkchain.trade.lc.CreditRef;
import org.silkchain.trade.lc.LcModule;
import org.silkchain.trade.payments.ChargeBearer;
import org.silkchain.trade.payments.CrossBorderPay;
import org.silkchain.trade.payments.FxTerms;
import org.silkchain.trade.payments.PaymentsModule;
import org.silkchain.trade.payments.Rate;
import org.silkchain.trade.payments.Reference;

/**
 * The trade the web console's browser tests follow, set up from Java on the ConsoleIT network
 * (after the central bank has issued SGD from its dashboard): DBS (SG) and ICBC (CN) each onboard a
 * trader as their customer, agree an SGD->CNY corridor, and the importer pays the exporter across
 * the border; then a documentary credit in SGD (applicant the importer, issued by DBS, advised by
 * ICBC, beneficiary the exporter) goes from application through shipment under an eBL, clean
 * presentation and honour to reimbursement, so the importer holds the bill; a second credit waits
 * for ICBC's advice; and a governance decision is open for votes.
 *
 * <p>The customers' keys are written like a member's ({@code signing.key}, {@code encryption.key},
 * {@code passphrase}) plus {@code account}, the customer account id, under {@code customers/<name>}
 * of the network directory. {@link #environment} names everything for the e2e files.
 */
public final class ConsoleTradeScenario {
  /** The end-to-end id of the scenario's cross-border payment. */
  public static final String END_TO_END_ID = "INV-CONSOLE-0001";

  private static final long BANK_SGD = 1_000_000_00L;
  private static final long BANK_CNY = 1_000_000_00L;
  private static final long IMPORTER_SGD = 200_000_00L;
  private static final long PAYMENT_SGD = 100_00L;
  private static final long VOTING_MILLIS = 30 * 60_000L;

  private final LocalNetwork net;
  private final SignatureSuite suite = SignatureSuite.of(SuiteId.ED25519);
  private final SecureRandom random = new SecureRandom();
  private final DealDesk desk;
  private final Map<String, String> env = new LinkedHashMap<>();

  private TradeMember dbs;
  private TradeMember icbc;
  private TradeMember carrier;
  private TradeMember importer;
  private TradeMember exporter;

  private ConsoleTradeScenario(LocalNetwork net) {
    this.net = net;
    this.desk = new DealDesk(net);
  }

  /**
   * Runs the scenario on {@code net} (SGD and CNY already issued by mas and pboc); returns the
   * environment for the browser tests: IMPORTER_DIR, EXPORTER_DIR, CORRIDOR_ID, PAYMENT_ID,
   * CREDIT_ID, BILL_ID, CREDIT_TO_ADVISE, PROPOSAL_ID.
   */
  public static Map<String, String> run(LocalNetwork net) {
    return new ConsoleTradeScenario(net).run();
  }

  private Map<String, String> run() {
    net.awaitAllAtLeast(net.maxHeight());
    TradeMember mas = member("mas");
    TradeMember pboc = member("pboc");
    dbs = member("dbs");
    icbc = member("icbc");
    carrier = member("east-sea-shipping");
    commit(node(1), mas, CurrencyModule.MINT, CurrencyModule.NAME, mint("SGD", dbs, BANK_SGD));
    commit(node(2), mas, CurrencyModule.MINT, CurrencyModule.NAME, mint("SGD", icbc, BANK_SGD));
    // The debtor agent settles in the payee's currency, so DBS needs CNY too.
    commit(node(3), pboc, CurrencyModule.MINT, CurrencyModule.NAME, mint("CNY", dbs, BANK_CNY));
    commit(node(4), pboc, CurrencyModule.MINT, CurrencyModule.NAME, mint("CNY", icbc, BANK_CNY));

    importer = openCustomer(dbs, "importer", "SG");
    exporter = openCustomer(icbc, "exporter", "CN");
    commit(
        node(4),
        dbs,
        CurrencyModule.TRANSFER,
        CurrencyModule.NAME,
        new Movement("SGD", importer.id(), IMPORTER_SGD));

    payAcrossTheBorder();
    DealDesk.Parties deal = new DealDesk.Parties(importer, exporter, dbs, icbc, carrier);
    Hash credit = desk.openCredit(deal, true);
    Hash bill = desk.shipGoods(deal);
    desk.present(deal, credit, bill, Deals.documents(desk.today, false));
    commit(node(4), dbs, LcModule.HONOUR, LcModule.NAME, new CreditRef(credit));
    commit(node(3), importer, LcModule.REIMBURSE, LcModule.NAME, new CreditRef(credit));
    env.put("CREDIT_ID", credit.toHex());
    env.put("BILL_ID", bill.toHex());
    env.put("CREDIT_TO_ADVISE", desk.openCredit(deal, false).toHex());

    JsonNode tabled =
        commit(
            node(1),
            pboc,
            GovernanceModule.TABLE,
            GovernanceModule.NAME,
            Table.of(
                new AdoptText(
                    ProposalType.ADOPT_DECISION,
                    "SC/D/CONSOLE-1",
                    "Working hours of the trade desk",
                    "Members' trade desks answer document queries within one banking day."),
                0,
                VOTING_MILLIS));
    env.put("PROPOSAL_ID", String.valueOf(proposalNumber(tabled)));
    net.awaitAllAtLeast(desk.lastHeight());
    return env;
  }

  /** A member, its nonce counter resumed from the chain (the browser tests signed for some). */
  private TradeMember member(String id) {
    TradeMember m = TradeMember.open(net, id);
    Bytes record =
        node(1)
            .query(
                IdentityModule.NAME,
                IdentityModule.ACCOUNT.name(),
                AccountTarget.CODEC.encode(new AccountTarget(m.id())))
            .orElseThrow(() -> new AssertionError("no account for " + id));
    m.account().resumeAt(IdentityModule.ACCOUNT.response().decode(record).nonce());
    return m;
  }

  // ---- money

  private static Movement mint(String currency, TradeMember to, long amount) {
    return new Movement(currency, to.id(), amount);
  }

  private void payAcrossTheBorder() {
    JsonNode corridor =
        commit(
            node(1),
            dbs,
            PaymentsModule.FX_PROPOSE,
            PaymentsModule.NAME,
            new FxTerms(
                icbc.id(),
                "SGD",
                "CNY",
                new Rate(52_000, 4),
                5_00,
                2_00,
                100_000_00L,
                System.currentTimeMillis() + 86_400_000L));
    Hash corridorId = txHash(corridor);
    commit(node(2), icbc, PaymentsModule.FX_ACCEPT, PaymentsModule.NAME, new Reference(corridorId));
    JsonNode paid =
        commit(
            node(3),
            importer,
            PaymentsModule.XB_PAY,
            PaymentsModule.NAME,
            new CrossBorderPay(
                END_TO_END_ID, exporter.id(), corridorId, PAYMENT_SGD, ChargeBearer.SHAR));
    env.put("CORRIDOR_ID", corridorId.toHex());
    env.put("PAYMENT_ID", event(paid, PaymentsModule.NAME, "xb-settled", "payment"));
  }

  // ---- customers

  /** {@code bank} onboards a trader with fresh keys, written to {@code customers/<name>}. */
  private TradeMember openCustomer(TradeMember bank, String name, String jurisdiction) {
    KeyPair key = suite.generate(random);
    EncryptionKeyPair encryption = EncryptionKeyPair.generate(SuiteId.ED25519, random);
    Hash kyc = suite.hash().digest(Bytes.utf8("kyc dossier of the " + name));
    commit(
        node(2),
        bank,
        IdentityModule.OPEN_CUSTOMER,
        IdentityModule.NAME,
        new OpenCustomer(List.of(key.publicKey()), 1, kyc, jurisdiction));
    AccountId id = Identities.customerAccountId(suite.hash(), bank.id(), List.of(key.publicKey()));
    Account account = Account.withId(name, key, id, suite, net.chainId());
    // A customer reads confidential content through its bank's signed requests in these Java
    // steps; the browser signs its own reads with the customer's key.
    TradeMember customer = new TradeMember(name, account, bank.reader(), encryption);
    commit(
        node(3),
        customer,
        IdentityModule.SET_ENCRYPTION_KEY,
        IdentityModule.NAME,
        new SetEncryptionKey(encryption.publicKey()));
    Path dir = net.home().dir().resolve("customers").resolve(name);
    try {
      Files.createDirectories(dir);
      String passphrase = "passphrase of the " + name + " " + random.nextLong();
      char[] chars = passphrase.toCharArray();
      KeyFileStore.write(dir.resolve("signing.key"), KeyFileCipher.seal(key, chars, random));
      KeyFileStore.write(
          dir.resolve("encryption.key"), KeyFileCipher.seal(encryption, chars, random));
      Files.writeString(dir.resolve("passphrase"), passphrase + "\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("account"), id.toString() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put(name.toUpperCase(java.util.Locale.ROOT) + "_DIR", dir.toString());
    return customer;
  }

  // ---- the network, through the deal desk

  private Node node(int n) {
    return net.node(n);
  }

  private <B> JsonNode commit(Node via, TradeMember from, Action<B> action, String module, B body) {
    return desk.commit(via, from, action, module, body);
  }

  private static Hash txHash(JsonNode receipt) {
    return DealDesk.txHash(receipt);
  }

  private static String event(JsonNode receipt, String module, String type, String attribute) {
    for (JsonNode e : receipt.path("events")) {
      if (e.path("module").asText().equals(module) && e.path("type").asText().equals(type)) {
        return e.path("attributes").path(attribute).asText();
      }
    }
    throw new AssertionError("no " + module + "/" + type + " event in " + receipt);
  }

  private static long proposalNumber(JsonNode receipt) {
    for (JsonNode e : receipt.path("events")) {
      if (e.path("module").asText().equals(GovernanceModule.NAME)) {
        JsonNode id = e.path("attributes").path("proposal");
        if (!id.isMissingNode()) {
          return Long.parseLong(id.asText());
        }
      }
    }
    throw new AssertionError("no proposal number in " + receipt);
  }
}
