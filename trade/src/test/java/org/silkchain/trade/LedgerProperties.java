package org.silkchain.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.receipt.EventIndex;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.basket.Basket;
import org.silkchain.trade.basket.BasketModule;
import org.silkchain.trade.basket.Composition;
import org.silkchain.trade.basket.Lots;
import org.silkchain.trade.currency.CurrencyInfo;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;
import org.silkchain.trade.identity.AccountTarget;
import org.silkchain.trade.identity.IdentityModule;
import org.silkchain.trade.payments.ChargeBearer;
import org.silkchain.trade.payments.CrossBorderPay;
import org.silkchain.trade.payments.FxTerms;
import org.silkchain.trade.payments.PaymentsModule;
import org.silkchain.trade.payments.PvpTerms;
import org.silkchain.trade.payments.Rate;
import org.silkchain.trade.payments.Reference;

/**
 * Random sequences of currency, basket, payment and freeze actions by random actors. After every
 * transaction: per currency, supply equals minted minus burned and the sum of balances; no balance
 * is negative; the basket's reserves exactly back its outstanding units; a refused transaction
 * writes only the sender's nonce and its receipt; an invalid one writes nothing.
 */
class LedgerProperties {
  private static final List<String> CODES = List.of("CNY", "EUR", "XDR");
  private static final Composition BASKET =
      new Composition(
          "XDR",
          2,
          1_000,
          List.of(new Composition.Leg("CNY", 7_000), new Composition.Leg("EUR", 1_000)));

  /** One step: who (index into the actors), what, and two numbers the step interprets. */
  record Step(int kind, int actor, int other, long amount, int code) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Long> amounts =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(1, 50_000)),
            net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(1, 5)),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.longs().between(Long.MAX_VALUE - 10, Long.MAX_VALUE)));
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(4, 0),
                    net.jqwik.api.Tuple.of(2, 1),
                    net.jqwik.api.Tuple.of(4, 2),
                    net.jqwik.api.Tuple.of(4, 3),
                    net.jqwik.api.Tuple.of(4, 4),
                    net.jqwik.api.Tuple.of(4, 5),
                    net.jqwik.api.Tuple.of(3, 6),
                    net.jqwik.api.Tuple.of(3, 7),
                    net.jqwik.api.Tuple.of(4, 8),
                    net.jqwik.api.Tuple.of(1, 9),
                    net.jqwik.api.Tuple.of(1, 10)),
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 7),
                amounts,
                Arbitraries.integers().between(0, 2))
            .as(Step::new);
    return step.list().ofMinSize(10).ofMaxSize(60);
  }

  @Property(tries = 60)
  void invariantsHoldAfterEveryTransaction(@ForAll("steps") List<Step> steps) {
    Consortium c = new Consortium();
    TradeChain chain = c.chain;
    c.withMoney(1_000_000);
    chain.ok(c.secretariat, BasketModule.SET_COMPOSITION, "basket", BASKET);
    chain.ok(
        c.bankCn,
        PaymentsModule.FX_PROPOSE,
        "payments",
        new FxTerms(
            c.bankDe.id(), "CNY", "EUR", new Rate(1282, 4), 30, 20, 5_000_000, Long.MAX_VALUE / 4));
    Hash corridor = chain.lastTxId();
    chain.ok(c.bankDe, PaymentsModule.FX_ACCEPT, "payments", new Reference(corridor));
    chain.ok(
        c.bankCn,
        CurrencyModule.TRANSFER,
        "currency",
        new Movement("CNY", c.traderCn.id(), 500_000));
    Party[] actors = {
      c.pboc, c.ecb, c.bankCn, c.bankDe, c.bankFr, c.traderCn, c.traderDe, c.regulator
    };
    Party[] banks = {c.bankCn, c.bankDe, c.bankFr};
    Party[] cbs = {c.pboc, c.ecb};
    int e2e = 0;
    Hash lastOffer = null;
    Party lastTaker = null;
    for (Step s : steps) {
      Party who = actors[s.actor()];
      Party other = actors[s.other()];
      String code = CODES.get(s.code());
      Payload payload;
      switch (s.kind()) {
        case 0 -> {
          who = s.code() == 1 ? c.ecb : c.pboc;
          payload =
              CurrencyModule.MINT.payload(
                  "currency", new Movement(code, banks[s.other() % 3].id(), s.amount()));
        }
        case 1 -> {
          who = s.code() == 1 ? c.ecb : c.pboc;
          payload =
              CurrencyModule.BURN.payload(
                  "currency", new Movement(code, banks[s.other() % 3].id(), s.amount()));
        }
        case 2, 3 ->
            payload =
                CurrencyModule.TRANSFER.payload(
                    "currency", new Movement(code, other.id(), s.amount()));
        case 4 -> {
          who = banks[s.actor() % 3];
          payload = BasketModule.DEPOSIT.payload("basket", new Lots(1 + s.amount() % 5));
        }
        case 5 -> {
          who = s.actor() == 0 ? other : banks[s.actor() % 3];
          payload = BasketModule.REDEEM.payload("basket", new Lots(1 + s.amount() % 3));
        }
        case 6 -> {
          who = banks[s.actor() % 3];
          payload =
              PaymentsModule.PVP_OFFER.payload(
                  "payments",
                  new PvpTerms(
                      banks[s.other() % 3].id(),
                      "CNY",
                      s.amount(),
                      "EUR",
                      1 + s.amount() / 8,
                      chain.time() + 5_000));
        }
        case 7 -> {
          if (lastOffer == null) {
            continue;
          }
          // mostly the offer's counterparty, sometimes another bank
          who = s.actor() < 6 ? lastTaker : banks[s.actor() % 3];
          payload = PaymentsModule.PVP_ACCEPT.payload("payments", new Reference(lastOffer));
        }
        case 8 -> {
          who = c.traderCn;
          payload =
              PaymentsModule.XB_PAY.payload(
                  "payments",
                  new CrossBorderPay(
                      "E2E-" + (e2e++ % 4),
                      c.traderDe.id(),
                      corridor,
                      s.amount(),
                      ChargeBearer.values()[s.code()]));
        }
        case 9 -> {
          who = c.regulator;
          payload = IdentityModule.FREEZE.payload("identity", new AccountTarget(other.id()));
        }
        default -> {
          who = c.regulator;
          payload = IdentityModule.UNFREEZE.payload("identity", new AccountTarget(other.id()));
        }
      }
      TreeMap<Bytes, Bytes> before = new TreeMap<>(chain.state);
      TxResult result = chain.submit(who.id(), who.keys(), payload);
      net.jqwik.api.statistics.Statistics.label("outcome")
          .collect(
              s.kind(),
              result instanceof TxResult.Executed e ? e.receipt().code().value() : "INVALID");
      switch (result) {
        case TxResult.Invalid invalid -> assertThat(chain.state).isEqualTo(before);
        case TxResult.Executed executed -> {
          Receipt r = executed.receipt();
          if (r.isOk() && s.kind() == 6) {
            lastOffer = r.txId().hash();
            lastTaker = banks[s.other() % 3];
          }
          if (!r.isOk()) {
            assertThat(executed.writes().keySet())
                .containsExactly(Accounts.key(who.id()), EventIndex.receiptKey(r.txId()));
            AccountRecord was = AccountRecord.CODEC.decode(before.get(Accounts.key(who.id())));
            assertThat(Accounts.read(chain.view(), who.id()).orElseThrow())
                .isEqualTo(was.withNonce(was.nonce() + 1));
          }
        }
      }
      checkInvariants(chain);
    }
  }

  private static void checkInvariants(TradeChain chain) {
    for (String code : CODES) {
      CurrencyInfo info = CurrencyLedger.info(chain.view(), code).orElseThrow();
      assertThat(info.supply()).isEqualTo(info.minted() - info.burned());
      Bytes prefix = Bytes.utf8("currency/balance/" + code + "/");
      long sum = 0;
      for (Map.Entry<Bytes, Bytes> e : chain.state.tailMap(prefix).entrySet()) {
        if (!e.getKey().startsWith(prefix)) {
          break;
        }
        long balance = Fields.U63.decode(e.getValue());
        assertThat(balance).isPositive();
        sum = Math.addExact(sum, balance);
      }
      assertThat(sum).as("sum of %s balances", code).isEqualTo(info.supply());
    }
    long lots = Basket.outstanding(chain.view()) / BASKET.lotSize();
    var reserve = Basket.reserveAccount(TradeChain.SUITE.hash());
    for (Composition.Leg leg : BASKET.legs()) {
      assertThat(CurrencyLedger.balance(chain.view(), leg.currency(), reserve))
          .isEqualTo(lots * leg.amountPerLot());
    }
  }

  @Property(tries = 200)
  void rateConversionNeverExceedsTheExactProduct(
      @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 1_000_000_000_000L) long amount,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = Rate.MAX_UNITS) long units,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10) int scale,
      @ForAll @Size(max = 0) List<Integer> unused) {
    Rate rate = new Rate(units, scale);
    java.math.BigDecimal exact = java.math.BigDecimal.valueOf(amount).multiply(rate.toBigDecimal());
    try {
      long converted = rate.convert(amount, 2, 2);
      assertThat(java.math.BigDecimal.valueOf(converted)).isLessThanOrEqualTo(exact);
      assertThat(exact.subtract(java.math.BigDecimal.valueOf(converted)))
          .isLessThan(java.math.BigDecimal.ONE);
    } catch (ArithmeticException overflow) {
      assertThat(exact).isGreaterThan(java.math.BigDecimal.valueOf(Long.MAX_VALUE));
    }
  }
}
