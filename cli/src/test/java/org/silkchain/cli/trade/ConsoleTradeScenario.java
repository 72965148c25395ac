package org.silkchain.cli.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.cli.net.dsl.Account;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.cli.net.dsl.Submission;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.confidential.Confidentiality;
import org.silkchain.trade.confidential.Recipients;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.ebl.Bill;
import org.silkchain.trade.ebl.BillClient;
import org.silkchain.trade.ebl.EblModule;
import org.silkchain.trade.ebl.IssueBill;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.governance.ProposalType;
import org.silkchain.trade.governance.Table;
import org.silkchain.trade.governance.measure.AdoptText;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.Identities;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.identity.OpenCustomer;
import org.silkchain.trade.identity.SetEncryptionKey;
import org.silkchain.trade.lc.Advice;
import org.silkchain.trade.lc.CreditRef;
import org.silkchain.trade.lc.CreditTerms;
import org.silkchain.trade.lc.IssueCredit;
import org.silkchain.trade.lc.LcModule;
import org.silkchain.trade.lc.Present;
import org.silkchain.trade.lc.examination.ExaminedTransportDocument;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.lc.examination.PresentedDocuments;
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
  private final Sealer sealer = new Sealer(suite.hash(), random);
  private final BillClient bills = new BillClient(sealer);
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final Map<String, String> env = new LinkedHashMap<>();
  private long lastHeight;

  private TradeMember dbs;
  private TradeMember icbc;
  private TradeMember carrier;
  private TradeMember importer;
  private TradeMember exporter;

  private ConsoleTradeScenario(LocalNetwork net) {
    this.net = net;
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
    Hash credit = openCredit(true);
    Hash bill = shipGoods();
    present(credit, bill);
    commit(node(4), dbs, LcModule.HONOUR, LcModule.NAME, new CreditRef(credit));
    commit(node(3), importer, LcModule.REIMBURSE, LcModule.NAME, new CreditRef(credit));
    env.put("CREDIT_ID", credit.toHex());
    env.put("BILL_ID", bill.toHex());
    env.put("CREDIT_TO_ADVISE", openCredit(false).toHex());

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
    net.awaitAllAtLeast(lastHeight);
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

  // ---- the credit

  /** The importer applies, DBS issues and, when {@code advise}, ICBC advises (and confirms). */
  private Hash openCredit(boolean advise) {
    LcTerms terms = Deals.terms(today);
    CreditTerms application =
        CreditTerms.of(
            dbs.id(),
            icbc.id(),
            exporter.id(),
            terms,
            seal(importer, LcTerms.CODEC, terms, parties()));
    Hash id = txHash(commit(node(1), importer, LcModule.APPLY, LcModule.NAME, application));
    commit(
        node(2),
        dbs,
        LcModule.ISSUE,
        LcModule.NAME,
        new IssueCredit(id, seal(dbs, LcTerms.CODEC, terms, parties())));
    if (advise) {
      commit(node(3), icbc, LcModule.ADVISE, LcModule.NAME, new Advice(id, true));
    }
    return id;
  }

  /** East Sea Shipping issues a to-order eBL to the exporter. */
  private Hash shipGoods() {
    Sealed data =
        seal(
            carrier,
            ExaminedTransportDocument.CODEC,
            Deals.transport(today),
            List.of(carrier.id(), exporter.id()));
    return txHash(
        commit(
            node(4),
            carrier,
            EblModule.ISSUE,
            EblModule.NAME,
            new IssueBill(exporter.id(), Bill.Form.TO_ORDER, Optional.empty(), data)));
  }

  /** The exporter presents clean documents, the bill data re-sealed for DBS and the importer. */
  private void present(Hash credit, Hash bill) {
    Sealed forTheBanks;
    try {
      forTheBanks =
          bills.resealForHolders(
              state(exporter), bill, List.of(dbs.id(), importer.id()), exporter.encryption());
    } catch (EnvelopeException e) {
      throw new AssertionError("the exporter cannot open its bill", e);
    }
    commit(
        node(1),
        exporter,
        LcModule.PRESENT,
        LcModule.NAME,
        new Present(
            credit,
            bill,
            Deals.AMOUNT,
            seal(exporter, PresentedDocuments.CODEC, Deals.documents(today, false), parties()),
            forTheBanks));
  }

  private List<AccountId> parties() {
    return List.of(importer.id(), exporter.id(), dbs.id(), icbc.id());
  }

  private <T> Sealed seal(TradeMember who, Codec<T> codec, T value, List<AccountId> to) {
    StateAccess state = state(who);
    return Recipients.seal(
        sealer, state, codec.encode(value), to, Confidentiality.jurisdictionsOf(state, to));
  }

  // ---- the network

  private Node node(int n) {
    return net.node(n);
  }

  private RemoteState state(TradeMember who) {
    node(1).awaitHeight(lastHeight, LocalNetwork.COMMIT_TIMEOUT);
    return RemoteState.atTip(
        SilkchainClient.connect(node(1).home().apiListen().http("/")), who.reader());
  }

  /** Sends through {@code via}, waits for the receipt there and asserts it is OK. */
  private <B> JsonNode commit(Node via, TradeMember from, Action<B> action, String module, B body) {
    Submission s = via.submit(from.account().send(action.payload(module, body)));
    assertThat(s.accepted())
        .as("%s/%s by %s via %s: %s", module, action.name(), from, via, s)
        .isTrue();
    JsonNode receipt =
        await(module + "/" + action.name() + " committed on " + via)
            .atMost(LocalNetwork.COMMIT_TIMEOUT)
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> via.transaction(s.id()).orElse(null),
                t -> t != null && t.path("status").asText().equals("committed"));
    assertThat(receipt.path("result").path("code").asText())
        .as("%s/%s by %s: %s", module, action.name(), from, receipt)
        .isEqualTo("OK");
    lastHeight = Math.max(lastHeight, receipt.path("height").asLong());
    return receipt;
  }

  private static Hash txHash(JsonNode receipt) {
    return Hash.fromHex(receipt.path("id").asText());
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
