package org.silkchain.trade.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.listing.IdPage;
import org.silkchain.trade.listing.PageRequest;

/**
 * The payments listings a dashboard finds "my" records with: payments by payer, payee and both
 * agents; FX agreements and PvP offers by both parties; written by the creating transaction only,
 * and paged within bounds.
 */
class PaymentListingsTest {
  private final Consortium c = new Consortium().withMoney(100_000_00);
  private final TradeChain chain = c.chain;

  private Hash propose(Party debtorAgent, Party creditorAgent) {
    chain.ok(
        debtorAgent,
        PaymentsModule.FX_PROPOSE,
        "payments",
        new FxTerms(
            creditorAgent.id(),
            "CNY",
            "EUR",
            new Rate(1282, 4),
            500,
            200,
            10_000_00,
            chain.time() + 86_400_000));
    return chain.lastTxId();
  }

  private Hash pay(Hash corridor, String e2e) {
    chain.ok(
        c.traderCn,
        PaymentsModule.XB_PAY,
        "payments",
        new CrossBorderPay(e2e, c.traderDe.id(), corridor, 100_00, ChargeBearer.SHAR));
    return chain.lastTxId();
  }

  private IdPage page(
      org.silkchain.runtime.module.Query<PageRequest, IdPage> q, Party who, long from, int limit) {
    return chain.query(q, "payments", new PageRequest(who.id(), from, limit));
  }

  private List<Hash> all(org.silkchain.runtime.module.Query<PageRequest, IdPage> q, Party who) {
    return page(q, who, 0, PageRequest.MAX_LIMIT).ids();
  }

  @Test
  void paymentsAreListedForPayerPayeeAndBothAgentsOnce() {
    chain.ok(
        c.bankCn,
        CurrencyModule.TRANSFER,
        "currency",
        new Movement("CNY", c.traderCn.id(), 1_000_00));
    Hash corridor = propose(c.bankCn, c.bankDe);
    chain.ok(c.bankDe, PaymentsModule.FX_ACCEPT, "payments", new Reference(corridor));
    Hash first = pay(corridor, "E2E-1");
    Hash second = pay(corridor, "E2E-2");
    // a refused payment (same end-to-end id) lists nothing
    assertThat(
            chain
                .act(
                    c.traderCn,
                    PaymentsModule.XB_PAY,
                    "payments",
                    new CrossBorderPay(
                        "E2E-1", c.traderDe.id(), corridor, 100_00, ChargeBearer.SHAR))
                .code())
        .isEqualTo(PaymentsCodes.DUPLICATE_END_TO_END_ID);

    for (Party p : new Party[] {c.traderCn, c.traderDe, c.bankCn, c.bankDe}) {
      IdPage page = page(PaymentsModule.BY_ACCOUNT, p, 0, PageRequest.MAX_LIMIT);
      assertThat(page.total()).as(p.name()).isEqualTo(2);
      assertThat(page.ids()).as(p.name()).containsExactly(first, second);
    }
    assertThat(page(PaymentsModule.BY_ACCOUNT, c.bankFr, 0, 10).total()).isZero();
    assertThat(all(PaymentsModule.BY_ACCOUNT, c.bankFr)).isEmpty();
    // the listed id is the payment query's reference
    assertThat(chain.query(PaymentsModule.PAYMENT, "payments", new Reference(second)).endToEndId())
        .isEqualTo("E2E-2");
  }

  @Test
  void agreementsAreListedForBothAgentsWhenProposed() {
    Hash cnToDe = propose(c.bankCn, c.bankDe);
    Hash frToCn = propose(c.bankFr, c.bankCn);
    assertThat(all(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankCn)).containsExactly(cnToDe, frToCn);
    assertThat(all(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankDe)).containsExactly(cnToDe);
    assertThat(all(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankFr)).containsExactly(frToCn);
    // accepting changes the record, not the listings
    chain.ok(c.bankDe, PaymentsModule.FX_ACCEPT, "payments", new Reference(cnToDe));
    assertThat(all(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankDe)).containsExactly(cnToDe);
    assertThat(all(PaymentsModule.AGREEMENTS_BY_PARTY, c.traderCn)).isEmpty();
    assertThat(all(PaymentsModule.BY_ACCOUNT, c.bankCn)).isEmpty();
  }

  @Test
  void offersAreListedForMakerAndCounterparty() {
    chain.ok(
        c.bankCn,
        PaymentsModule.PVP_OFFER,
        "payments",
        new PvpTerms(c.bankDe.id(), "CNY", 7_800, "EUR", 1_000, chain.time() + 60_000));
    Hash offer = chain.lastTxId();
    chain.ok(c.bankDe, PaymentsModule.PVP_ACCEPT, "payments", new Reference(offer));
    assertThat(all(PaymentsModule.OFFERS_BY_PARTY, c.bankCn)).containsExactly(offer);
    assertThat(all(PaymentsModule.OFFERS_BY_PARTY, c.bankDe)).containsExactly(offer);
    assertThat(all(PaymentsModule.OFFERS_BY_PARTY, c.bankFr)).isEmpty();
    assertThat(all(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankCn)).isEmpty();
  }

  @Test
  void pagesStayWithinTheListAndTheLimit() {
    List<Hash> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(propose(c.bankCn, c.bankDe));
    }
    IdPage firstTwo = page(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankDe, 0, 2);
    assertThat(firstTwo.total()).isEqualTo(5);
    assertThat(firstTwo.ids()).containsExactlyElementsOf(ids.subList(0, 2));
    assertThat(page(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankDe, 3, 2).ids())
        .containsExactlyElementsOf(ids.subList(3, 5));
    assertThat(page(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankDe, 4, 100).ids())
        .containsExactly(ids.get(4));
    IdPage past = page(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankDe, 5, 100);
    assertThat(past.total()).isEqualTo(5);
    assertThat(past.ids()).isEmpty();
    assertThat(page(PaymentsModule.AGREEMENTS_BY_PARTY, c.bankDe, Long.MAX_VALUE, 1).ids())
        .isEmpty();
  }

  @Test
  void pageRequestsOutsideTheBoundsAreRefusedBeforeAnyRead() {
    AccountId who = c.bankCn.id();
    for (int limit : new int[] {0, PageRequest.MAX_LIMIT + 1, 255}) {
      Bytes request = request(who, 0, limit);
      assertThatThrownBy(() -> PageRequest.CODEC.decode(request))
          .isInstanceOf(DecodeException.class)
          .hasMessageContaining("limit");
    }
    assertThatThrownBy(() -> new PageRequest(who, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PageRequest.CODEC.decode(request(who, 7, 100)))
        .isEqualTo(new PageRequest(who, 7, 100));
  }

  private static Bytes request(AccountId who, long from, int limit) {
    CanonicalWriter out = new CanonicalWriter();
    out.header(PageRequest.TYPE_TAG, 1);
    AccountId.CODEC.encode(who, out);
    out.u63(from).u8(limit);
    return out.toBytes();
  }
}
