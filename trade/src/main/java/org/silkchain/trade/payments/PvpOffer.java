package org.silkchain.trade.payments;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;

/**
 * A payment-versus-payment offer between two banks, under {@code payments/pvp/<id hex>}. It moves
 * from {@code OPEN} to exactly one of {@code SETTLED} (both legs executed in the accepting
 * transaction), {@code CANCELLED} (by the maker) or {@code EXPIRED}.
 */
public record PvpOffer(AccountId maker, PvpTerms terms, State state) {
  public static final int TYPE_TAG = 0x0B03;

  /** The offer's lifecycle; the ordinal is the encoding, so only append. */
  public enum State {
    OPEN,
    SETTLED,
    CANCELLED,
    EXPIRED
  }

  public static final Codec<PvpOffer> CODEC =
      new Codec<>() {
        @Override
        public void encode(PvpOffer o, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          AccountId.CODEC.encode(o.maker, out);
          PvpTerms.CODEC.encode(o.terms, out);
          out.u8(o.state.ordinal());
        }

        @Override
        public PvpOffer decode(CanonicalReader in) {
          in.header("pvpOffer", TYPE_TAG, 1);
          AccountId maker = AccountId.CODEC.decode(in);
          PvpTerms terms = PvpTerms.CODEC.decode(in);
          int state = in.u8("pvpOffer.state");
          if (state >= State.values().length) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "pvpOffer.state");
          }
          return new PvpOffer(maker, terms, State.values()[state]);
        }
      };

  PvpOffer in(State next) {
    return new PvpOffer(maker, terms, next);
  }
}
