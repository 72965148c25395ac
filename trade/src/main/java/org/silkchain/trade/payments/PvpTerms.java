package org.silkchain.trade.payments;

import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.currency.CurrencyInfo;

/**
 * Body of {@code payments/pvp-offer}: the maker (sender) offers {@code counterparty} to pay {@code
 * giveAmount} of {@code give} against {@code wantAmount} of {@code want}, until {@code
 * expiresAtMillis} (block time, exclusive).
 */
public record PvpTerms(
    AccountId counterparty,
    String give,
    long giveAmount,
    String want,
    long wantAmount,
    long expiresAtMillis) {
  public static final int TYPE_TAG = 0x0B12;

  public static final Codec<PvpTerms> CODEC =
      new Codec<>() {
        @Override
        public void encode(PvpTerms t, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(t.counterparty, out);
          out.string(t.give).u63(t.giveAmount).string(t.want).u63(t.wantAmount);
          out.u63(t.expiresAtMillis);
        }

        @Override
        public PvpTerms decode(CanonicalReader in) {
          in.header("pvpTerms", TYPE_TAG, 1);
          return new PvpTerms(
              AccountId.CODEC.decode(in),
              CurrencyInfo.CODE_CODEC.decode(in),
              Fields.positive(in, "pvpTerms.giveAmount"),
              CurrencyInfo.CODE_CODEC.decode(in),
              Fields.positive(in, "pvpTerms.wantAmount"),
              in.u63("pvpTerms.expiresAt"));
        }
      };

  public PvpTerms {
    Objects.requireNonNull(counterparty, "counterparty");
  }
}
