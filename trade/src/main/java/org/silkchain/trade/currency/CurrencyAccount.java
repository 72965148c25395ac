package org.silkchain.trade.currency;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;

/**
 * One account's position in one currency: body of {@code currency/freeze} and {@code unfreeze} (by
 * the issuer) and request of the {@code balance} query.
 */
public record CurrencyAccount(String code, AccountId account) {
  public static final int TYPE_TAG = 0x0A12;

  public static final Codec<CurrencyAccount> CODEC =
      new Codec<>() {
        @Override
        public void encode(CurrencyAccount b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(b.code);
          AccountId.CODEC.encode(b.account, out);
        }

        @Override
        public CurrencyAccount decode(CanonicalReader in) {
          in.header("currencyAccount", TYPE_TAG, 1);
          return new CurrencyAccount(
              CurrencyInfo.CODE_CODEC.decode(in), AccountId.CODEC.decode(in));
        }
      };
}
