package org.silkchain.trade.currency;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * Body of {@code currency/mint} (to {@code account}), {@code burn} (from {@code account}) and
 * {@code transfer} (from the sender to {@code account}): an amount in minor units, at least 1.
 */
public record Movement(String code, AccountId account, long amount) {
  public static final int TYPE_TAG = 0x0A11;

  public static final Codec<Movement> CODEC =
      new Codec<>() {
        @Override
        public void encode(Movement b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(b.code);
          AccountId.CODEC.encode(b.account, out);
          out.u63(b.amount);
        }

        @Override
        public Movement decode(CanonicalReader in) {
          in.header("movement", TYPE_TAG, 1);
          return new Movement(
              CurrencyInfo.CODE_CODEC.decode(in),
              AccountId.CODEC.decode(in),
              Fields.positive(in, "movement.amount"));
        }
      };
}
