package org.silkchain.cli.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.silkchain.cli.net.dsl.LocalNetwork;
import org.silkchain.cli.net.dsl.Node;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Action;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.sdk.ApiError;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.ebl.Bill;
import org.silkchain.trade.ebl.BillClient;
import org.silkchain.trade.ebl.BillData;
import org.silkchain.trade.ebl.BillRef;
import org.silkchain.trade.ebl.Bills;
import org.silkchain.trade.ebl.EblModule;
import org.silkchain.trade.ebl.HolderEntry;
import org.silkchain.trade.ebl.HolderEntry.Kind;
import org.silkchain.trade.ebl.IssueBill;
import org.silkchain.trade.ebl.Page;
import org.silkchain.trade.ebl.SurrenderRequest;
import org.silkchain.trade.lc.Credit;
import org.silkchain.trade.lc.CreditRef;
import org.silkchain.trade.lc.DocumentExamination;
import org.silkchain.trade.lc.LcCodes;
import org.silkchain.trade.lc.LcModule;
import org.silkchain.trade.lc.RefusalNotice;
import org.silkchain.trade.lc.examination.Article;
import org.silkchain.trade.lc.examination.ExaminedTransportDocument;
import org.silkchain.trade.lc.examination.LcTerms;
import org.silkchain.trade.messages.MessageClient;
import org.silkchain.trade.messages.MessageReference;
import org.silkchain.trade.messages.MessagesModule;

/**
 * Issue 6 on a network of four real validator processes (pboc, mas, icbc, dbs): an eBL's life from
 * issuance to accomplishment, a documentary credit from application to settlement, a discrepant
 * presentation refused then waived and paid, and confidentiality as the parties, an outsider and a
 * validator's operator see it. The parties' clients run the modules' client helpers against the
 * nodes' API (state read with proofs, confidential queries signed), sealing with the members' real
 * encryption keys from the network directory. Transactions go through different nodes; reads come
 * from nodes other than the one submitted to.
 *
 * <p>Straits Imports (SG) buys from Silk Road Traders (CN) with a credit in SGD issued by DBS and
 * advised by ICBC; East Sea Shipping carries; the regulator's mandate covers CN.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(240)
class TradeIT {
  private static final int BASE_PORT = 29900;
  private static final String CHINESE = "请于五个银行工作日内审核单据。";
  private static final List<String> CHINESE_WORDS = List.of("银行工作日", "审核单据", "五个");
  private static final long BANK_SGD = 1_000_000_00;

  private DealDesk desk;
  private DealDesk.Parties deal;
  private LocalDate today;
  private Sealer sealer;
  private BillClient bills;

  private LocalNetwork net;
  private TradeMember mas;
  private TradeMember icbc;
  private TradeMember dbs;
  private TradeMember seller;
  private TradeMember buyer;
  private TradeMember carrier;
  private TradeMember customs;
  private TradeMember regulator;
  private Hash settledCredit;

  @BeforeAll
  void upAndFunded() {
    net = LocalNetwork.up(4, LocalNetwork.freshDir("trade"), BASE_PORT);
    mas = TradeMember.open(net, "mas");
    icbc = TradeMember.open(net, "icbc");
    dbs = TradeMember.open(net, "dbs");
    seller = TradeMember.open(net, "silkroad-traders");
    buyer = TradeMember.open(net, "straits-imports");
    carrier = TradeMember.open(net, "east-sea-shipping");
    customs = TradeMember.open(net, "sg-customs");
    regulator = TradeMember.open(net, "trade-regulator");
    desk = new DealDesk(net);
    deal = new DealDesk.Parties(buyer, seller, dbs, icbc, carrier);
    today = desk.today;
    sealer = desk.sealer;
    bills = desk.bills;
    commit(node(2), mas, CurrencyModule.ISSUE, CurrencyModule.NAME, new Issue("SGD", 2));
    for (TradeMember bank : List.of(icbc, dbs)) {
      commit(
          node(2),
          mas,
          CurrencyModule.MINT,
          CurrencyModule.NAME,
          new Movement("SGD", bank.id(), BANK_SGD));
    }
  }

  @AfterAll
  void down() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  @Order(1)
  void anEblIsIssuedEndorsedTwiceSurrenderedAndAccomplished() throws Exception {
    BillData data = Deals.billOfLading("ESS-IT-0001", carrier.id(), seller.id(), buyer.id(), today);
    IssueBill issue =
        bills.issue(state(node(1), carrier), carrier.id(), seller.id(), Optional.empty(), data);
    Hash bill = txHash(commit(node(1), carrier, EblModule.ISSUE, EblModule.NAME, issue));

    // the shipper endorses to its bank, the bank to the buyer: each re-seals the data it can open
    commit(
        node(2),
        seller,
        EblModule.ENDORSE,
        EblModule.NAME,
        bills.endorse(state(node(2), seller), bill, icbc.id(), seller.encryption()));
    commit(
        node(3),
        icbc,
        EblModule.ENDORSE,
        EblModule.NAME,
        bills.endorse(state(node(3), icbc), bill, buyer.id(), icbc.encryption()));
    assertThat(bills.read(state(node(4), buyer), bill, buyer.encryption())).isEqualTo(data);
    assertThatThrownBy(() -> bills.read(state(node(4), mas), bill, mas.encryption()))
        .isInstanceOf(EnvelopeException.class);

    commit(
        node(4),
        buyer,
        EblModule.SURRENDER,
        EblModule.NAME,
        new SurrenderRequest(bill, SurrenderRequest.Purpose.DELIVERY));
    long accomplished =
        commit(node(1), carrier, EblModule.ACCOMPLISH, EblModule.NAME, new BillRef(bill))
            .path("height")
            .asLong();

    // read from a node the carrier did not submit to
    node(3).awaitHeight(accomplished, LocalNetwork.COMMIT_TIMEOUT);
    SilkchainClient reader = client(node(3));
    List<HolderEntry> history =
        reader.query(
            EblModule.NAME,
            EblModule.HISTORY,
            new Page.History(bill, 0, Bills.MAX_PAGE),
            Optional.of(buyer.reader()));
    assertThat(history)
        .extracting(HolderEntry::kind, HolderEntry::from, HolderEntry::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.ISSUE, carrier.id(), seller.id()),
            org.assertj.core.groups.Tuple.tuple(Kind.ENDORSE, seller.id(), icbc.id()),
            org.assertj.core.groups.Tuple.tuple(Kind.ENDORSE, icbc.id(), buyer.id()),
            org.assertj.core.groups.Tuple.tuple(
                Kind.SURRENDER_FOR_DELIVERY, buyer.id(), carrier.id()),
            org.assertj.core.groups.Tuple.tuple(Kind.ACCOMPLISH, carrier.id(), carrier.id()));
    assertThat(history.get(history.size() - 1).height()).isEqualTo(accomplished);
    Bill done =
        reader.query(
            EblModule.NAME, EblModule.BILL, new BillRef(bill), Optional.of(carrier.reader()));
    assertThat(done.status()).isEqualTo(Bill.Status.ACCOMPLISHED);

    net.awaitAllAtLeast(accomplished);
    for (Node node : net.nodes()) {
      assertThat(
              client(node)
                  .query(
                      EblModule.NAME,
                      EblModule.HISTORY,
                      new Page.History(bill, 0, Bills.MAX_PAGE),
                      Optional.of(seller.reader())))
          .as("the history %s answers", node)
          .isEqualTo(history);
    }
    net.assertSameChainUpTo(accomplished);
  }

  @Test
  @Order(2)
  void aCreditFromApplicationToSettlementMovesMoneyAndBillInOneTransaction() throws Exception {
    Hash id = desk.openCredit(deal, true);
    Credit advised = credit(node(4), id);
    assertThat(advised.state()).isEqualTo(Credit.State.ADVISED);
    assertThat(advised.confirmed()).isTrue();
    assertThat(advised.terms().maxAmount()).isEqualTo(Deals.AMOUNT);

    Hash bill = desk.shipGoods(deal);
    desk.present(deal, id, bill, Deals.documents(today, false));
    assertThat(Bills.holder(state(node(3), seller), bill)).isEqualTo(lcAccount());

    DocumentExamination.Result exam =
        DocumentExamination.examine(sealer, credit(node(2), id), dbs.encryption());
    assertThat(exam.discrepancies()).isEmpty();
    assertThat(exam.terms()).isEqualTo(Deals.terms(today));

    JsonNode honour = commit(node(4), dbs, LcModule.HONOUR, LcModule.NAME, new CreditRef(id));
    long h = honour.path("height").asLong();
    node(1).awaitHeight(h, LocalNetwork.COMMIT_TIMEOUT);
    RemoteState before = new RemoteState(client(node(1)), icbc.reader(), h - 1);
    RemoteState after = new RemoteState(client(node(1)), icbc.reader(), h);
    // delivery versus payment: the same block (and the same transaction) moves both
    assertThat(Bills.holder(before, bill)).isEqualTo(lcAccount());
    assertThat(CurrencyLedger.balance(before, "SGD", icbc.id())).isEqualTo(BANK_SGD);
    assertThat(Bills.holder(after, bill)).isEqualTo(dbs.id());
    // and the issuing bank, now the holder, can read the bill data handed over with it
    assertThat(
            sealer
                .openWithSalt(Bills.data(state(node(2), dbs), bill).orElseThrow(), dbs.encryption())
                .content())
        .isEqualTo(ExaminedTransportDocument.CODEC.encode(Deals.transport(today)));
    assertThat(CurrencyLedger.balance(after, "SGD", icbc.id())).isEqualTo(BANK_SGD + Deals.AMOUNT);
    assertThat(CurrencyLedger.balance(after, "SGD", dbs.id())).isEqualTo(BANK_SGD - Deals.AMOUNT);
    // and one receipt records both legs
    assertThat(honour.path("events"))
        .anySatisfy(
            e -> {
              assertThat(e.path("module").asText()).isEqualTo(CurrencyModule.NAME);
              assertThat(e.path("type").asText()).isEqualTo("transfer");
              assertThat(e.path("attributes").path("from").asText()).isEqualTo(dbs.id().toString());
              assertThat(e.path("attributes").path("to").asText()).isEqualTo(icbc.id().toString());
            })
        .anySatisfy(
            e -> {
              assertThat(e.path("module").asText()).isEqualTo(EblModule.NAME);
              assertThat(e.path("attributes").path("bill").asText()).isEqualTo(bill.toHex());
              assertThat(e.path("attributes").path("kind").asText())
                  .isEqualTo(Kind.MODULE_TRANSFER.name());
              assertThat(e.path("attributes").path("to").asText()).isEqualTo(dbs.id().toString());
            });
    assertThat(credit(node(1), id).state()).isEqualTo(Credit.State.HONOURED);

    // the applicant's loan from its bank, then reimbursement against the bill
    commit(
        node(2),
        dbs,
        CurrencyModule.TRANSFER,
        CurrencyModule.NAME,
        new Movement("SGD", buyer.id(), 120_000_00));
    commit(node(3), buyer, LcModule.REIMBURSE, LcModule.NAME, new CreditRef(id));
    StateAccess settled = state(node(1), buyer);
    assertThat(Bills.holder(settled, bill)).isEqualTo(buyer.id());
    assertThat(CurrencyLedger.balance(settled, "SGD", buyer.id())).isEqualTo(20_000_00);
    assertThat(CurrencyLedger.balance(settled, "SGD", dbs.id())).isEqualTo(BANK_SGD - 120_000_00);
    assertThat(credit(node(1), id).state()).isEqualTo(Credit.State.REIMBURSED);
    assertThat(code(act(node(1), buyer, LcModule.REIMBURSE, LcModule.NAME, new CreditRef(id))))
        .isEqualTo(LcCodes.WRONG_STATE.value());
    settledCredit = id;
  }

  @Test
  @Order(3)
  void discrepantDocumentsAreRefusedInOneNoticeThenWaivedByTheApplicantAndPaid() throws Exception {
    Hash id = desk.openCredit(deal, true);
    Hash bill = desk.shipGoods(deal);
    desk.present(deal, id, bill, Deals.documents(today, true));

    DocumentExamination.Result exam =
        DocumentExamination.examine(sealer, credit(node(3), id), dbs.encryption());
    assertThat(exam.discrepancies())
        .extracting(d -> d.article())
        .containsExactly(Article.INSURANCE_COVER, Article.DATA_CONFLICT);
    RefusalNotice notice = exam.refusal(true);
    commit(node(4), dbs, LcModule.REFUSE, LcModule.NAME, notice);
    Credit refused = credit(node(2), id);
    assertThat(refused.state()).isEqualTo(Credit.State.REFUSED);
    assertThat(refused.presentation().orElseThrow().discrepancies())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("28(f)(ii) insurance.amount", "14(d) packingList.grossWeight");

    long icbcBefore = CurrencyLedger.balance(state(node(1), icbc), "SGD", icbc.id());
    assertThat(code(act(node(4), dbs, LcModule.HONOUR, LcModule.NAME, new CreditRef(id))))
        .isEqualTo(LcCodes.NOT_WAIVED.value());
    assertThat(code(act(node(1), seller, LcModule.WAIVE, LcModule.NAME, new CreditRef(id))))
        .isEqualTo(LcCodes.NOT_PARTY.value());

    commit(node(2), buyer, LcModule.WAIVE, LcModule.NAME, new CreditRef(id));
    assertThat(credit(node(3), id).state()).isEqualTo(Credit.State.WAIVED);
    commit(node(4), dbs, LcModule.HONOUR, LcModule.NAME, new CreditRef(id));
    StateAccess paid = state(node(1), icbc);
    assertThat(CurrencyLedger.balance(paid, "SGD", icbc.id())).isEqualTo(icbcBefore + Deals.AMOUNT);
    assertThat(Bills.holder(paid, bill)).isEqualTo(dbs.id());
    assertThat(credit(node(1), id).state()).isEqualTo(Credit.State.HONOURED);

    net.awaitAllAtLeast(desk.lastHeight());
    net.assertSameChainUpTo(desk.lastHeight());
  }

  @Test
  @Order(4)
  void onlyThePartiesReadTheTermsAndMessagesNotEvenAValidatorsOperator() throws Exception {
    assertThat(settledCredit).as("the settled credit of the second test").isNotNull();
    // the node serves sealed content only to a member who signs its request
    assertThatThrownBy(
            () ->
                client(node(2))
                    .query(
                        LcModule.NAME,
                        LcModule.CREDIT,
                        new CreditRef(settledCredit),
                        Optional.empty()))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("UNAUTHENTICATED"));
    // and only to a member it is sealed to: a member outside the deal gets not even the ciphertext
    assertThatThrownBy(
            () ->
                client(node(2))
                    .query(
                        LcModule.NAME,
                        LcModule.CREDIT,
                        new CreditRef(settledCredit),
                        Optional.of(mas.reader())))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.code()).isEqualTo("NOT_A_RECIPIENT"));
    MessageClient messages = new MessageClient(sealer);
    Hash message =
        txHash(
            commit(
                node(1),
                icbc,
                MessagesModule.SEND,
                MessagesModule.NAME,
                messages.compose(
                    state(node(1), icbc),
                    icbc.id(),
                    dbs.id(),
                    MessageReference.of(settledCredit),
                    CHINESE)));

    // every reader decrypts what a node other than the sender's returns
    for (TradeMember reader : List.of(icbc, dbs, regulator)) {
      assertThat(messages.read(state(node(3), reader), message, reader.encryption()))
          .as("%s reads the message", reader)
          .isEqualTo(CHINESE);
    }
    Credit credit = credit(node(2), settledCredit);
    for (TradeMember party : List.of(buyer, seller, dbs, icbc, regulator)) {
      assertThat(sealer.open(credit.terms().terms(), LcTerms.CODEC, party.encryption()))
          .as("%s reads the terms", party)
          .isEqualTo(Deals.terms(today));
    }
    for (TradeMember outsider : List.of(mas, carrier, customs)) {
      assertThatThrownBy(
              () -> messages.read(state(node(4), outsider), message, outsider.encryption()))
          .as("%s reads the message", outsider)
          .isInstanceOf(EnvelopeException.class);
      assertThatThrownBy(
              () -> sealer.open(credit.terms().terms(), LcTerms.CODEC, outsider.encryption()))
          .as("%s reads the terms", outsider)
          .isInstanceOf(EnvelopeException.class);
    }

    // the operator of mas's validator, a member with no part in the deal, reads the whole ledger
    long tip = desk.lastHeight();
    net.awaitAllAtLeast(tip);
    List<String> needles = new ArrayList<>(Deals.SECRETS);
    needles.add(CHINESE);
    needles.addAll(CHINESE_WORDS);
    StringBuilder blocks = new StringBuilder();
    for (long h = 1; h <= tip; h++) {
      blocks.append(node(1).block(h).orElseThrow()).append('\n');
    }
    String chain = blocks.toString();
    for (String needle : needles) {
      byte[] utf8 = needle.getBytes(StandardCharsets.UTF_8);
      assertThat(chain).as("blocks carry %s", needle).doesNotContain(needle);
      assertThat(chain.toLowerCase(java.util.Locale.ROOT))
          .as("blocks carry %s in hex", needle)
          .doesNotContain(HexFormat.of().formatHex(utf8));
    }

    Node operated = node(2);
    assertThat(operated.member()).isEqualTo("mas");
    operated.stop();
    List<Path> files = files(operated.home().dir());
    // the scan can see what the node did store in the clear (a bill's public history reason)
    assertThat(files).anySatisfy(f -> assertThat(contains(f, "presented under credit")).isTrue());
    for (String needle : needles) {
      for (Path f : files) {
        assertThat(contains(f, needle)).as("%s holds %s", f, needle).isFalse();
      }
    }
  }

  // ---- the network, through the deal desk

  private Credit credit(Node node, Hash id) {
    node.awaitHeight(desk.lastHeight(), LocalNetwork.COMMIT_TIMEOUT);
    return client(node)
        .query(LcModule.NAME, LcModule.CREDIT, new CreditRef(id), Optional.of(dbs.reader()));
  }

  private static AccountId lcAccount() {
    return CurrencyLedger.moduleAccount(SignatureSuite.of(SuiteId.ED25519).hash(), LcModule.NAME);
  }

  private Node node(int n) {
    return net.node(n);
  }

  private static SilkchainClient client(Node node) {
    return DealDesk.client(node);
  }

  private RemoteState state(Node node, TradeMember who) {
    return desk.state(node, who);
  }

  private <B> JsonNode commit(Node via, TradeMember from, Action<B> action, String module, B body) {
    return desk.commit(via, from, action, module, body);
  }

  private <B> JsonNode act(Node via, TradeMember from, Action<B> action, String module, B body) {
    return desk.act(via, from, action, module, body);
  }

  private static String code(JsonNode receipt) {
    return DealDesk.code(receipt);
  }

  private static Hash txHash(JsonNode receipt) {
    return DealDesk.txHash(receipt);
  }

  // ---- the operator's view

  private static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(Path file, String needle) {
    try {
      byte[] hay = Files.readAllBytes(file);
      byte[] n = needle.getBytes(StandardCharsets.UTF_8);
      outer:
      for (int i = 0; i + n.length <= hay.length; i++) {
        for (int j = 0; j < n.length; j++) {
          if (hay[i + j] != n[j]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
