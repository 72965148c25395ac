package org.silkchain.trade.basket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Empty;
import org.silkchain.runtime.module.Fields;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.currency.CurrencyCodes;
import org.silkchain.trade.currency.CurrencyLedger;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Issue;
import org.silkchain.trade.currency.Movement;

class BasketTest {
  private final TradeChain chain = new TradeChain();
  private final Party secretariat =
      chain.member("secretariat", "CH", null, Role.GOVERNANCE_SECRETARIAT);
  private final Party bank = chain.member("bank", "CH", "UBSWCHZH", Role.COMMERCIAL_BANK);
  private static final List<String> CODES = List.of("CNY", "EUR", "GBP", "JPY", "USD");

  BasketTest() {
    for (String code : CODES) {
      Party cb =
          chain.member(
              "cb-" + code.toLowerCase(java.util.Locale.ROOT), "CH", null, Role.CENTRAL_BANK);
      chain.ok(cb, CurrencyModule.ISSUE, "currency", new Issue(code, code.equals("JPY") ? 0 : 2));
      chain.ok(cb, CurrencyModule.MINT, "currency", new Movement(code, bank.id(), 10_000_000));
    }
  }

  private long reserve(String code) {
    return CurrencyLedger.balance(
        chain.view(), code, Basket.reserveAccount(TradeChain.SUITE.hash()));
  }

  @Test
  void sdrLotsAreDepositedAndRedeemedExactly() {
    assertThat(chain.act(bank, BasketModule.DEPOSIT, "basket", new Lots(1)).code())
        .isEqualTo(BasketCodes.NOT_CONFIGURED);
    assertThat(chain.act(bank, BasketModule.SET_COMPOSITION, "basket", BasketGenesis.sdr()).code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    chain.ok(secretariat, BasketModule.SET_COMPOSITION, "basket", BasketGenesis.sdr());
    chain.ok(bank, BasketModule.DEPOSIT, "basket", new Lots(3));
    assertThat(chain.balance("XDR", bank)).isEqualTo(3 * 100_000);
    assertThat(reserve("USD")).isEqualTo(3 * 57_813);
    assertThat(reserve("JPY")).isEqualTo(3 * 13_452);
    assertThat(chain.balance("GBP", bank)).isEqualTo(10_000_000 - 3 * 8_087);
    chain.ok(bank, BasketModule.REDEEM, "basket", new Lots(2));
    assertThat(reserve("CNY")).isEqualTo(109_930);
    assertThat(chain.balance("CNY", bank)).isEqualTo(10_000_000 - 109_930);
    assertThat(
            Fields.U63.decode(
                chain.runtime.query(
                    chain.view(), "basket", "outstanding", Empty.CODEC.encode(Empty.INSTANCE))))
        .isEqualTo(100_000L);
    assertThat(
            Composition.CODEC.decode(
                chain.runtime.query(
                    chain.view(), "basket", "composition", Empty.CODEC.encode(Empty.INSTANCE))))
        .isEqualTo(BasketGenesis.sdr());
    assertThat(chain.act(bank, BasketModule.REDEEM, "basket", new Lots(2)).code())
        .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
    assertThat(chain.act(bank, BasketModule.DEPOSIT, "basket", new Lots(1_000)).code())
        .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
    assertThat(
            chain.act(bank, BasketModule.DEPOSIT, "basket", new Lots(Long.MAX_VALUE / 1000)).code())
        .isEqualTo(ResultCode.OVERFLOW);
  }

  @Test
  void governanceChangesCompositionOnlyIfReservesStillBack() {
    chain.ok(secretariat, BasketModule.SET_COMPOSITION, "basket", BasketGenesis.sdr());
    chain.ok(bank, BasketModule.DEPOSIT, "basket", new Lots(2));
    Composition moreUsd =
        new Composition(
            "XDR",
            2,
            100_000,
            List.of(new Composition.Leg("EUR", 30_000), new Composition.Leg("USD", 60_000)));
    assertThat(chain.act(secretariat, BasketModule.SET_COMPOSITION, "basket", moreUsd).code())
        .isEqualTo(BasketCodes.RESERVES_SHORT);
    Composition less =
        new Composition(
            "XDR",
            2,
            100_000,
            List.of(new Composition.Leg("EUR", 30_000), new Composition.Leg("USD", 50_000)));
    chain.ok(secretariat, BasketModule.SET_COMPOSITION, "basket", less);
    chain.ok(bank, BasketModule.REDEEM, "basket", new Lots(2));
    assertThat(reserve("USD")).isEqualTo(2 * (57_813 - 50_000));
    Composition otherUnit =
        new Composition("XAU", 2, 100_000, List.of(new Composition.Leg("USD", 1)));
    assertThat(chain.act(secretariat, BasketModule.SET_COMPOSITION, "basket", otherUnit).code())
        .isEqualTo(BasketCodes.UNIT_CHANGE);
    Composition unknownLeg =
        new Composition("XDR", 2, 100_000, List.of(new Composition.Leg("CHF", 1)));
    assertThat(chain.act(secretariat, BasketModule.SET_COMPOSITION, "basket", unknownLeg).code())
        .isEqualTo(CurrencyCodes.UNKNOWN_CURRENCY);
  }
}
