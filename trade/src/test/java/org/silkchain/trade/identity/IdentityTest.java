package org.silkchain.trade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.execution.TxResult;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;

class IdentityTest {
  private final Consortium c = new Consortium().withMoney(1_000_00);
  private final TradeChain chain = c.chain;

  @Test
  void bankOpensCustomerWithKycHashOnly() {
    Customer customer = Identities.customer(chain.view(), c.traderCn.id()).orElseThrow();
    assertThat(customer.bank()).isEqualTo(c.bankCn.id());
    assertThat(customer.kycHash())
        .isEqualTo(TradeChain.SUITE.hash().digest(Bytes.utf8("kyc:trader-cn")));
    assertThat(Accounts.read(chain.view(), c.traderCn.id()).orElseThrow().roles())
        .containsExactly(org.silkchain.runtime.account.Role.TRADER);
    Member member = Identities.member(chain.view(), c.bankDe.id()).orElseThrow();
    assertThat(member.bic()).contains("DEUTDEFF");
  }

  @Test
  void onlyBanksOpenAccountsAndOnlyOnce() {
    OpenCustomer body =
        new OpenCustomer(
            List.of(TradeChain.key("x").publicKey()),
            1,
            TradeChain.SUITE.hash().digest(Bytes.EMPTY),
            "CN");
    assertThat(chain.act(c.traderCn, IdentityModule.OPEN_CUSTOMER, "identity", body).code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    chain.ok(c.bankCn, IdentityModule.OPEN_CUSTOMER, "identity", body);
    assertThat(chain.act(c.bankCn, IdentityModule.OPEN_CUSTOMER, "identity", body).code())
        .isEqualTo(IdentityCodes.ACCOUNT_EXISTS);
    OpenCustomer badThreshold =
        new OpenCustomer(
            List.of(TradeChain.key("y").publicKey()),
            2,
            TradeChain.SUITE.hash().digest(Bytes.EMPTY),
            "CN");
    assertThat(chain.act(c.bankCn, IdentityModule.OPEN_CUSTOMER, "identity", badThreshold).code())
        .isEqualTo(IdentityCodes.INVALID_KEYS);
  }

  @Test
  void frozenAccountNeitherSendsNorReceives() {
    chain.ok(
        c.bankCn, CurrencyModule.TRANSFER, "currency", new Movement("CNY", c.traderCn.id(), 500));
    assertThat(
            chain
                .act(
                    c.bankCn, IdentityModule.FREEZE, "identity", new AccountTarget(c.traderCn.id()))
                .code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    chain.ok(c.regulator, IdentityModule.FREEZE, "identity", new AccountTarget(c.traderCn.id()));
    assertThat(
            chain
                .act(
                    c.regulator,
                    IdentityModule.FREEZE,
                    "identity",
                    new AccountTarget(c.traderCn.id()))
                .code())
        .isEqualTo(IdentityCodes.ALREADY_FROZEN);
    TxResult send =
        chain.submit(
            c.traderCn.id(),
            List.of(c.traderCn.key()),
            CurrencyModule.TRANSFER.payload("currency", new Movement("CNY", c.bankCn.id(), 1)));
    assertThat(((TxResult.Invalid) send).code()).isEqualTo(ResultCode.ACCOUNT_FROZEN);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    CurrencyModule.TRANSFER,
                    "currency",
                    new Movement("CNY", c.traderCn.id(), 1))
                .code())
        .isEqualTo(ResultCode.ACCOUNT_FROZEN);
    chain.ok(c.regulator, IdentityModule.UNFREEZE, "identity", new AccountTarget(c.traderCn.id()));
    chain.ok(
        c.traderCn, CurrencyModule.TRANSFER, "currency", new Movement("CNY", c.bankCn.id(), 1));
    assertThat(chain.balance("CNY", c.traderCn)).isEqualTo(499);
  }

  @Test
  void keyRotationAndMultisig() {
    KeyPair k1 = TradeChain.key("rot-1");
    KeyPair k2 = TradeChain.key("rot-2");
    KeyPair k3 = TradeChain.key("rot-3");
    chain.ok(
        c.traderDe,
        IdentityModule.SET_KEYS,
        "identity",
        new SetKeys(List.of(k1.publicKey(), k2.publicKey(), k3.publicKey()), 2));
    // the old key no longer signs
    TxResult old =
        chain.submit(
            c.traderDe.id(),
            List.of(c.traderDe.key()),
            IdentityModule.SET_KEYS.payload("identity", new SetKeys(List.of(k1.publicKey()), 1)));
    assertThat(((TxResult.Invalid) old).code()).isEqualTo(ResultCode.BAD_SIGNATURE);
    Party multi = new Party("multi", List.of(k1, k2, k3), c.traderDe.id());
    TxResult one =
        chain.submit(
            multi.id(),
            List.of(k2),
            IdentityModule.SET_KEYS.payload("identity", new SetKeys(List.of(k1.publicKey()), 1)));
    assertThat(((TxResult.Invalid) one).code()).isEqualTo(ResultCode.INSUFFICIENT_SIGNATURES);
    assertThat(
            chain
                .act(
                    multi,
                    List.of(k1, k3),
                    IdentityModule.SET_KEYS,
                    "identity",
                    new SetKeys(List.of(k1.publicKey()), 2))
                .code())
        .isEqualTo(IdentityCodes.INVALID_KEYS);
    chain.act(
        multi,
        List.of(k1, k3),
        IdentityModule.SET_KEYS,
        "identity",
        new SetKeys(List.of(k1.publicKey()), 1));
    assertThat(Accounts.read(chain.view(), multi.id()).orElseThrow().keys())
        .containsExactly(k1.publicKey());
  }
}
