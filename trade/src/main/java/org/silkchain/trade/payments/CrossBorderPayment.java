package org.silkchain.trade.payments;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.currency.CurrencyInfo;

/**
 * A settled cross-border customer payment, under {@code payments/xb/<id hex>} (the id is the
 * transaction's): everything its pacs.008 and pacs.002 need, personal data excepted.
 *
 * @param instructedAmount what the payer instructed, minor units of {@code instructedCurrency}
 * @param debited what the payer paid: the instructed amount plus the charges it bears
 * @param settlementAmount what the payee received, minor units of {@code settlementCurrency}; the
 *     interbank settlement amount (debtor agent to creditor agent)
 * @param status the ISO 20022 transaction status ({@code ACSC} once settled)
 */
public record CrossBorderPayment(
    Hash id,
    String endToEndId,
    AccountId payer,
    AccountId payee,
    AccountId debtorAgent,
    AccountId creditorAgent,
    Hash agreement,
    String instructedCurrency,
    long instructedAmount,
    long debited,
    String settlementCurrency,
    long settlementAmount,
    Rate rate,
    ChargeBearer chargeBearer,
    long debtorAgentFee,
    long creditorAgentFee,
    Status status,
    long settledAtMillis,
    long height) {
  public static final int TYPE_TAG = 0x0B02;

  /** ISO 20022 transaction status codes a payment can have on chain. */
  public enum Status {
    /** Accepted, settlement completed: both legs executed in the paying transaction. */
    ACSC
  }

  public static final Codec<CrossBorderPayment> CODEC =
      new Codec<>() {
        @Override
        public void encode(CrossBorderPayment p, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          Hash.CODEC.encode(p.id, out);
          out.string(p.endToEndId);
          AccountId.CODEC.encode(p.payer, out);
          AccountId.CODEC.encode(p.payee, out);
          AccountId.CODEC.encode(p.debtorAgent, out);
          AccountId.CODEC.encode(p.creditorAgent, out);
          Hash.CODEC.encode(p.agreement, out);
          out.string(p.instructedCurrency).u63(p.instructedAmount).u63(p.debited);
          out.string(p.settlementCurrency).u63(p.settlementAmount);
          Rate.CODEC.encode(p.rate, out);
          out.u8(p.chargeBearer.code()).u63(p.debtorAgentFee).u63(p.creditorAgentFee);
          out.u8(p.status.ordinal()).u63(p.settledAtMillis).u63(p.height);
        }

        @Override
        public CrossBorderPayment decode(CanonicalReader in) {
          in.header("crossBorderPayment", TYPE_TAG, 1);
          Hash id = Hash.CODEC.decode(in);
          String e2e =
              org.silkchain.runtime.module.Fields.text(
                  in, "payment.endToEndId", 35, CrossBorderPay.END_TO_END_ID);
          AccountId payer = AccountId.CODEC.decode(in);
          AccountId payee = AccountId.CODEC.decode(in);
          AccountId debtorAgent = AccountId.CODEC.decode(in);
          AccountId creditorAgent = AccountId.CODEC.decode(in);
          Hash agreement = Hash.CODEC.decode(in);
          String instructedCurrency = CurrencyInfo.CODE_CODEC.decode(in);
          long instructed = in.u63("payment.instructed");
          long debited = in.u63("payment.debited");
          String settlementCurrency = CurrencyInfo.CODE_CODEC.decode(in);
          long settled = in.u63("payment.settled");
          Rate rate = Rate.CODEC.decode(in);
          ChargeBearer bearer = ChargeBearer.fromCode(in.u8("payment.chargeBearer"));
          long feeA = in.u63("payment.debtorAgentFee");
          long feeB = in.u63("payment.creditorAgentFee");
          int status = in.u8("payment.status");
          if (status >= Status.values().length) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "payment.status");
          }
          return new CrossBorderPayment(
              id,
              e2e,
              payer,
              payee,
              debtorAgent,
              creditorAgent,
              agreement,
              instructedCurrency,
              instructed,
              debited,
              settlementCurrency,
              settled,
              rate,
              bearer,
              feeA,
              feeB,
              Status.values()[status],
              in.u63("payment.settledAt"),
              in.u63("payment.height"));
        }
      };
}
