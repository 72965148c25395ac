package org.silkchain.trade.payments;

import java.util.Objects;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * Body of {@code payments/xb-pay}: the payer (sender, a customer of the agreement's debtor agent)
 * pays {@code amount} minor units of the agreement's source currency to {@code payee} (a customer
 * of its creditor agent), who receives the converted amount in the target currency.
 *
 * <p>{@code endToEndId}: the payer's reference, carried unchanged to the payee (ISO 20022
 * Max35Text; restricted here to letters, digits and {@code .-_:} so it is also a state key part);
 * unique per payer.
 */
public record CrossBorderPay(
    String endToEndId, AccountId payee, Hash agreement, long amount, ChargeBearer chargeBearer) {
  public static final int TYPE_TAG = 0x0B11;
  public static final Pattern END_TO_END_ID = Pattern.compile("[A-Za-z0-9._:-]{1,35}");

  public static final Codec<CrossBorderPay> CODEC =
      new Codec<>() {
        @Override
        public void encode(CrossBorderPay b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(b.endToEndId);
          AccountId.CODEC.encode(b.payee, out);
          Hash.CODEC.encode(b.agreement, out);
          out.u63(b.amount).u8(b.chargeBearer.code());
        }

        @Override
        public CrossBorderPay decode(CanonicalReader in) {
          in.header("crossBorderPay", TYPE_TAG, 1);
          return new CrossBorderPay(
              Fields.text(in, "crossBorderPay.endToEndId", 35, END_TO_END_ID),
              AccountId.CODEC.decode(in),
              Hash.CODEC.decode(in),
              Fields.positive(in, "crossBorderPay.amount"),
              ChargeBearer.fromCode(in.u8("crossBorderPay.chargeBearer")));
        }
      };

  public CrossBorderPay {
    if (!END_TO_END_ID.matcher(endToEndId).matches() || amount <= 0) {
      throw new IllegalArgumentException("invalid end-to-end id or amount");
    }
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(chargeBearer, "chargeBearer");
  }
}
