package org.silkchain.trade.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;

class PvpTest {
  private final Consortium c = new Consortium().withMoney(1_000_00);
  private final TradeChain chain = c.chain;

  private Hash offer(long give, long want, long validForMillis) {
    chain.ok(
        c.bankCn,
        PaymentsModule.PVP_OFFER,
        "payments",
        new PvpTerms(c.bankDe.id(), "CNY", give, "EUR", want, chain.time() + validForMillis));
    return chain.lastTxId();
  }

  @Test
  void acceptanceSettlesBothLegs() {
    Hash id = offer(7_800, 1_000, 60_000);
    assertThat(chain.act(c.bankFr, PaymentsModule.PVP_ACCEPT, "payments", new Reference(id)).code())
        .isEqualTo(PaymentsCodes.NOT_COUNTERPARTY);
    chain.ok(c.bankDe, PaymentsModule.PVP_ACCEPT, "payments", new Reference(id));
    assertThat(chain.balance("CNY", c.bankCn)).isEqualTo(1_000_00 - 7_800);
    assertThat(chain.balance("EUR", c.bankCn)).isEqualTo(1_000_00 + 1_000);
    assertThat(chain.balance("CNY", c.bankDe)).isEqualTo(1_000_00 + 7_800);
    assertThat(chain.balance("EUR", c.bankDe)).isEqualTo(1_000_00 - 1_000);
    assertThat(Payments.offer(chain.view(), id).orElseThrow().state())
        .isEqualTo(PvpOffer.State.SETTLED);
    assertThat(chain.act(c.bankDe, PaymentsModule.PVP_ACCEPT, "payments", new Reference(id)).code())
        .isEqualTo(PaymentsCodes.NOT_OPEN);
  }

  @Test
  void neitherLegMovesIfOneCannot() {
    Hash id = offer(7_800, 2_000_00, 60_000);
    assertThat(chain.act(c.bankDe, PaymentsModule.PVP_ACCEPT, "payments", new Reference(id)).code())
        .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
    assertThat(chain.balance("CNY", c.bankCn)).isEqualTo(1_000_00);
    assertThat(chain.balance("CNY", c.bankDe)).isEqualTo(1_000_00);
    assertThat(Payments.offer(chain.view(), id).orElseThrow().state())
        .isEqualTo(PvpOffer.State.OPEN);
  }

  @Test
  void expiredOffersCannotBeAccepted() {
    Hash id = offer(7_800, 1_000, 5_000);
    assertThat(chain.act(c.bankFr, PaymentsModule.PVP_EXPIRE, "payments", new Reference(id)).code())
        .isEqualTo(PaymentsCodes.NOT_EXPIRED);
    chain.advance(10_000);
    assertThat(chain.act(c.bankDe, PaymentsModule.PVP_ACCEPT, "payments", new Reference(id)).code())
        .isEqualTo(PaymentsCodes.EXPIRED);
    chain.ok(c.bankFr, PaymentsModule.PVP_EXPIRE, "payments", new Reference(id));
    assertThat(Payments.offer(chain.view(), id).orElseThrow().state())
        .isEqualTo(PvpOffer.State.EXPIRED);
  }

  @Test
  void makerCancelsAndTermsAreChecked() {
    Hash id = offer(7_800, 1_000, 60_000);
    assertThat(chain.act(c.bankDe, PaymentsModule.PVP_CANCEL, "payments", new Reference(id)).code())
        .isEqualTo(PaymentsCodes.NOT_COUNTERPARTY);
    chain.ok(c.bankCn, PaymentsModule.PVP_CANCEL, "payments", new Reference(id));
    assertThat(chain.act(c.bankDe, PaymentsModule.PVP_ACCEPT, "payments", new Reference(id)).code())
        .isEqualTo(PaymentsCodes.NOT_OPEN);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    PaymentsModule.PVP_OFFER,
                    "payments",
                    new PvpTerms(c.traderDe.id(), "CNY", 1, "EUR", 1, chain.time() + 60_000))
                .code())
        .isEqualTo(PaymentsCodes.NOT_A_BANK);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    PaymentsModule.PVP_OFFER,
                    "payments",
                    new PvpTerms(c.bankDe.id(), "CNY", 1, "EUR", 1, chain.time()))
                .code())
        .isEqualTo(PaymentsCodes.EXPIRED);
    assertThat(
            chain
                .act(
                    c.traderCn,
                    PaymentsModule.PVP_OFFER,
                    "payments",
                    new PvpTerms(c.bankDe.id(), "CNY", 1, "EUR", 1, chain.time() + 60_000))
                .code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
  }
}
