package org.silkchain.trade.payments;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.currency.CurrencyInfo;

/**
 * Body of {@code payments/fx-propose}: a debtor agent (the sender) offers a creditor agent a
 * corridor for cross-border customer payments from {@code from} to {@code to} at {@code rate}. The
 * debtor agent converts and pays the creditor agent in {@code to} up to {@code creditLine} (minor
 * units of {@code to}) in total; each payment carries the two agents' charges, in minor units of
 * {@code from}. The creditor agent's {@code fx-accept} makes it an agreement until {@code
 * expiresAtMillis} (block time).
 */
public record FxTerms(
    AccountId creditorAgent,
    String from,
    String to,
    Rate rate,
    long debtorAgentFee,
    long creditorAgentFee,
    long creditLine,
    long expiresAtMillis) {
  public static final int TYPE_TAG = 0x0B10;

  public static final Codec<FxTerms> CODEC =
      new Codec<>() {
        @Override
        public void encode(FxTerms t, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(t.creditorAgent, out);
          out.string(t.from).string(t.to);
          Rate.CODEC.encode(t.rate, out);
          out.u63(t.debtorAgentFee).u63(t.creditorAgentFee).u63(t.creditLine);
          out.u63(t.expiresAtMillis);
        }

        @Override
        public FxTerms decode(CanonicalReader in) {
          in.header("fxTerms", TYPE_TAG, 1);
          return new FxTerms(
              AccountId.CODEC.decode(in),
              CurrencyInfo.CODE_CODEC.decode(in),
              CurrencyInfo.CODE_CODEC.decode(in),
              Rate.CODEC.decode(in),
              in.u63("fxTerms.debtorAgentFee"),
              in.u63("fxTerms.creditorAgentFee"),
              in.u63("fxTerms.creditLine"),
              in.u63("fxTerms.expiresAt"));
        }
      };

  public FxTerms {
    Objects.requireNonNull(creditorAgent, "creditorAgent");
    Objects.requireNonNull(rate, "rate");
  }
}
