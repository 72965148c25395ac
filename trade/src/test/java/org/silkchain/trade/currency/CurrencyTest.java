package org.silkchain.trade.currency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;

class CurrencyTest {
  private final Consortium c = new Consortium().withMoney(1_000_00);
  private final TradeChain chain = c.chain;

  @Test
  void issueIsForCentralBanksOncePerCode() {
    assertThat(chain.act(c.bankCn, CurrencyModule.ISSUE, "currency", new Issue("USD", 2)).code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    assertThat(chain.act(c.ecb, CurrencyModule.ISSUE, "currency", new Issue("CNY", 2)).code())
        .isEqualTo(CurrencyCodes.ALREADY_ISSUED);
    CurrencyInfo cny = CurrencyLedger.info(chain.view(), "CNY").orElseThrow();
    assertThat(cny.issuer()).isEqualTo(c.pboc.id());
    assertThat(cny.supply()).isEqualTo(3 * 1_000_00);
    assertThat(cny.minted() - cny.burned()).isEqualTo(cny.supply());
  }

  @Test
  void onlyTheIssuerMintsAndOnlyToBanks() {
    assertThat(
            chain
                .act(c.ecb, CurrencyModule.MINT, "currency", new Movement("CNY", c.bankCn.id(), 5))
                .code())
        .isEqualTo(CurrencyCodes.NOT_ISSUER);
    assertThat(
            chain
                .act(
                    c.pboc,
                    CurrencyModule.MINT,
                    "currency",
                    new Movement("CNY", c.traderCn.id(), 5))
                .code())
        .isEqualTo(CurrencyCodes.NOT_A_BANK);
    assertThat(
            chain
                .act(c.pboc, CurrencyModule.MINT, "currency", new Movement("XYZ", c.bankCn.id(), 5))
                .code())
        .isEqualTo(CurrencyCodes.UNKNOWN_CURRENCY);
    assertThat(
            chain
                .act(
                    c.pboc,
                    CurrencyModule.MINT,
                    "currency",
                    new Movement("CNY", c.bankCn.id(), Long.MAX_VALUE))
                .code())
        .isEqualTo(ResultCode.OVERFLOW);
    assertThat(chain.balance("CNY", c.bankCn)).isEqualTo(1_000_00);
  }

  @Test
  void burnNeedsTheBanksBalance() {
    assertThat(
            chain
                .act(
                    c.pboc,
                    CurrencyModule.BURN,
                    "currency",
                    new Movement("CNY", c.bankCn.id(), 1_000_01))
                .code())
        .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
    chain.ok(c.pboc, CurrencyModule.BURN, "currency", new Movement("CNY", c.bankCn.id(), 400));
    CurrencyInfo cny = CurrencyLedger.info(chain.view(), "CNY").orElseThrow();
    assertThat(cny.burned()).isEqualTo(400);
    assertThat(cny.supply()).isEqualTo(3 * 1_000_00 - 400);
    assertThat(chain.balance("CNY", c.bankCn)).isEqualTo(1_000_00 - 400);
  }

  @Test
  void transfersDistributeAndRefuseOverdrafts() {
    chain.ok(
        c.bankCn, CurrencyModule.TRANSFER, "currency", new Movement("CNY", c.traderCn.id(), 700));
    assertThat(
            chain
                .act(
                    c.traderCn,
                    CurrencyModule.TRANSFER,
                    "currency",
                    new Movement("CNY", c.traderDe.id(), 701))
                .code())
        .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
    assertThat(
            chain
                .act(
                    c.traderCn,
                    CurrencyModule.TRANSFER,
                    "currency",
                    new Movement("CNY", c.traderCn.id(), 1))
                .code())
        .isEqualTo(CurrencyCodes.SAME_ACCOUNT);
    assertThat(
            chain
                .act(
                    c.traderCn,
                    CurrencyModule.TRANSFER,
                    "currency",
                    new Movement(
                        "CNY",
                        org.silkchain.ledger.transaction.AccountId.derive(
                            TradeChain.SUITE.hash(), org.silkchain.codec.Bytes.utf8("ghost")),
                        1))
                .code())
        .isEqualTo(CurrencyCodes.UNKNOWN_RECIPIENT);
    chain.ok(
        c.traderCn, CurrencyModule.TRANSFER, "currency", new Movement("CNY", c.traderDe.id(), 700));
    assertThat(chain.balance("CNY", c.traderCn)).isZero();
    assertThat(chain.balance("CNY", c.traderDe)).isEqualTo(700);
    assertThat(chain.view().get(CurrencyLedger.balanceKey("CNY", c.traderCn.id()))).isEmpty();
  }

  @Test
  void issuerFreezesHoldingsOfItsCurrencyOnly() {
    chain.ok(
        c.bankDe, CurrencyModule.TRANSFER, "currency", new Movement("EUR", c.traderDe.id(), 50));
    chain.ok(
        c.bankDe, CurrencyModule.TRANSFER, "currency", new Movement("CNY", c.traderDe.id(), 50));
    assertThat(
            chain
                .act(
                    c.pboc,
                    CurrencyModule.FREEZE,
                    "currency",
                    new CurrencyAccount("EUR", c.traderDe.id()))
                .code())
        .isEqualTo(CurrencyCodes.NOT_ISSUER);
    chain.ok(c.ecb, CurrencyModule.FREEZE, "currency", new CurrencyAccount("EUR", c.traderDe.id()));
    assertThat(
            chain
                .act(
                    c.traderDe,
                    CurrencyModule.TRANSFER,
                    "currency",
                    new Movement("EUR", c.bankDe.id(), 1))
                .code())
        .isEqualTo(ResultCode.ACCOUNT_FROZEN);
    chain.ok(
        c.traderDe, CurrencyModule.TRANSFER, "currency", new Movement("CNY", c.bankDe.id(), 1));
    chain.ok(
        c.ecb, CurrencyModule.UNFREEZE, "currency", new CurrencyAccount("EUR", c.traderDe.id()));
    chain.ok(
        c.traderDe, CurrencyModule.TRANSFER, "currency", new Movement("EUR", c.bankDe.id(), 1));
  }

  @Test
  void queriesAnswerOverTheWire() {
    var answer =
        chain.runtime.query(
            chain.view(),
            "currency",
            "balance",
            CurrencyAccount.CODEC.encode(new CurrencyAccount("EUR", c.bankFr.id())));
    assertThat(org.silkchain.runtime.module.Fields.U63.decode(answer)).isEqualTo(1_000_00L);
    var info =
        chain.runtime.query(
            chain.view(), "currency", "info", CurrencyInfo.CODE_CODEC.encode("EUR"));
    assertThat(CurrencyInfo.CODEC.decode(info).issuer()).isEqualTo(c.ecb.id());
  }
}
