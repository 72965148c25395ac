package org.silkchain.trade.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkchain.crypto.Hash;
import org.silkchain.iso20022.pacs002.Pacs002Writer;
import org.silkchain.iso20022.pacs008.CreditTransfer;
import org.silkchain.iso20022.pacs008.Pacs008Writer;
import org.silkchain.iso20022.schema.SchemaValidator;
import org.silkchain.iso20022.schema.ValidationResult;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.currency.CurrencyModule;
import org.silkchain.trade.currency.Movement;

/**
 * End to end in memory: two central banks issue CNY and EUR, three banks get both, a trader at the
 * Chinese bank pays a trader at the German bank in EUR from CNY over an agreed corridor, and the
 * settled payment exports as a pacs.008 and a pacs.002 that validate against the ISO schemas.
 */
class CrossBorderTest {
  private final Consortium c = new Consortium().withMoney(100_000_00);
  private final TradeChain chain = c.chain;
  private final Hash corridor;

  CrossBorderTest() {
    chain.ok(
        c.bankCn,
        CurrencyModule.TRANSFER,
        "currency",
        new Movement("CNY", c.traderCn.id(), 10_000_00));
    // CNY -> EUR at 0.1282; charges CNY 5.00 (debtor agent) and CNY 2.00 (creditor agent)
    chain.ok(
        c.bankCn,
        PaymentsModule.FX_PROPOSE,
        "payments",
        new FxTerms(
            c.bankDe.id(),
            "CNY",
            "EUR",
            new Rate(1282, 4),
            500,
            200,
            10_000_00,
            chain.time() + 86_400_000));
    corridor = chain.lastTxId();
  }

  private void agree() {
    chain.ok(c.bankDe, PaymentsModule.FX_ACCEPT, "payments", new Reference(corridor));
  }

  private org.silkchain.runtime.receipt.Receipt pay(
      Party payer, String e2e, long amount, ChargeBearer bearer, Party payee) {
    return chain.act(
        payer,
        PaymentsModule.XB_PAY,
        "payments",
        new CrossBorderPay(e2e, payee.id(), corridor, amount, bearer));
  }

  @Test
  void sharedChargesPaymentSettlesEveryLegAndExportsValidIso20022() {
    assertThat(pay(c.traderCn, "INV-2026-001", 7_800_00, ChargeBearer.SHAR, c.traderDe).code())
        .isEqualTo(PaymentsCodes.NOT_OPEN);
    agree();
    var receipt = pay(c.traderCn, "INV-2026-001", 7_800_00, ChargeBearer.SHAR, c.traderDe);
    assertThat(receipt.code()).isEqualTo(ResultCode.OK);
    // converted: floor((780000 - 200) * 0.1282 * 100 / 100) = floor(99970.36) = 99970 cents
    assertThat(chain.balance("CNY", c.traderCn)).isEqualTo(10_000_00 - 7_805_00);
    assertThat(chain.balance("EUR", c.traderDe)).isEqualTo(999_70);
    assertThat(chain.balance("CNY", c.bankCn)).isEqualTo(100_000_00 - 10_000_00 + 7_805_00 - 2_00);
    assertThat(chain.balance("CNY", c.bankDe)).isEqualTo(100_000_00 + 2_00);
    assertThat(chain.balance("EUR", c.bankCn)).isEqualTo(100_000_00 - 999_70);
    assertThat(chain.balance("EUR", c.bankDe)).isEqualTo(100_000_00);

    Hash id = PaymentExport.paymentId(receipt.events().get(receipt.events().size() - 1));
    CrossBorderPayment payment = Payments.payment(chain.view(), id).orElseThrow();
    assertThat(payment.status()).isEqualTo(CrossBorderPayment.Status.ACSC);
    assertThat(payment.debited()).isEqualTo(7_805_00);

    CreditTransfer transfer =
        PaymentExport.creditTransfer(chain.view(), id, PaymentExport.ON_CHAIN);
    assertThat(transfer.endToEndId()).isEqualTo("INV-2026-001");
    assertThat(transfer.interbankSettlementAmount().toDecimalString()).isEqualTo("999.70");
    assertThat(transfer.instructedAmount().orElseThrow().toDecimalString()).isEqualTo("7800.00");
    assertThat(transfer.exchangeRate().orElseThrow().toPlainString()).isEqualTo("0.1282");
    assertThat(transfer.debtorAgent().bic()).isEqualTo("BKCHCNBJ");
    assertThat(transfer.charges()).hasSize(2);
    String pacs008 = PaymentExport.pacs008(chain.view(), id, PaymentExport.ON_CHAIN);
    ValidationResult v8 = SchemaValidator.validate(Pacs008Writer.MESSAGE_TYPE, pacs008);
    assertThat(v8.valid()).as(v8.toString()).isTrue();
    assertThat(pacs008).contains("<ChrgBr>SHAR</ChrgBr>").contains("INV-2026-001");
    String pacs002 = PaymentExport.pacs002(chain.view(), id, PaymentExport.ON_CHAIN);
    ValidationResult v2 = SchemaValidator.validate(Pacs002Writer.MESSAGE_TYPE, pacs002);
    assertThat(v2.valid()).as(v2.toString()).isTrue();
    assertThat(pacs002).contains("<TxSts>ACSC</TxSts>");
    // same state, same XML
    assertThat(PaymentExport.pacs008(chain.view(), id, PaymentExport.ON_CHAIN)).isEqualTo(pacs008);
  }

  @Test
  void chargeBearerDecidesWhoPays() {
    agree();
    pay(c.traderCn, "DEBT-1", 1_000_00, ChargeBearer.DEBT, c.traderDe);
    assertThat(chain.balance("CNY", c.traderCn)).isEqualTo(10_000_00 - 1_007_00);
    assertThat(chain.balance("EUR", c.traderDe)).isEqualTo(128_20); // 100000 * 0.1282
    pay(c.traderCn, "CRED-1", 1_000_00, ChargeBearer.CRED, c.traderDe);
    assertThat(chain.balance("CNY", c.traderCn)).isEqualTo(10_000_00 - 1_007_00 - 1_000_00);
    // (100000 - 700) * 0.1282 = 12730.26 -> 12730 (rounded down)
    assertThat(chain.balance("EUR", c.traderDe)).isEqualTo(128_20 + 127_30);
    assertThat(pay(c.traderCn, "CRED-2", 7_00, ChargeBearer.CRED, c.traderDe).code())
        .isEqualTo(PaymentsCodes.CHARGES_EXCEED_AMOUNT);
  }

  @Test
  void paymentsAreCheckedBeforeAnythingMoves() {
    agree();
    pay(c.traderCn, "E2E-1", 100_00, ChargeBearer.SHAR, c.traderDe);
    assertThat(pay(c.traderCn, "E2E-1", 100_00, ChargeBearer.SHAR, c.traderDe).code())
        .isEqualTo(PaymentsCodes.DUPLICATE_END_TO_END_ID);
    Party traderFr = chain.customer(c.bankFr, "trader-fr", "FR");
    assertThat(pay(c.traderCn, "E2E-2", 100_00, ChargeBearer.SHAR, traderFr).code())
        .isEqualTo(PaymentsCodes.WRONG_AGENT);
    assertThat(pay(c.traderCn, "E2E-3", 1_000_000_00, ChargeBearer.SHAR, c.traderDe).code())
        .isEqualTo(PaymentsCodes.CREDIT_LINE_EXCEEDED);
    assertThat(pay(c.traderCn, "E2E-4", 9_999_00, ChargeBearer.DEBT, c.traderDe).code())
        .isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
    assertThat(pay(c.traderCn, "E2E-5", 1, ChargeBearer.DEBT, c.traderDe).code())
        .isEqualTo(PaymentsCodes.AMOUNT_TOO_SMALL);
    assertThat(pay(c.traderDe, "E2E-6", 100, ChargeBearer.DEBT, c.traderCn).code())
        .isEqualTo(PaymentsCodes.WRONG_AGENT);
    assertThat(
            chain
                .act(
                    c.bankCn,
                    PaymentsModule.XB_PAY,
                    "payments",
                    new CrossBorderPay("X", c.traderDe.id(), corridor, 1, ChargeBearer.DEBT))
                .code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    chain.advance(86_400_000);
    assertThat(pay(c.traderCn, "E2E-7", 100_00, ChargeBearer.SHAR, c.traderDe).code())
        .isEqualTo(PaymentsCodes.EXPIRED);
  }

  @Test
  void rateConversionRoundsDownAndOverflowIsTyped() {
    Rate rate = new Rate(1282, 4);
    assertThat(rate.convert(779_800, 2, 2)).isEqualTo(99_970);
    assertThat(new Rate(16_012, 2).convert(100, 2, 0)).isEqualTo(160); // EUR 1.00 -> JPY 160
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Rate(Rate.MAX_UNITS, 0).convert(Long.MAX_VALUE, 0, 8))
        .isInstanceOf(ArithmeticException.class);
  }
}
