package org.silkchain.trade.basket;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.currency.CurrencyInfo;

/**
 * What one lot of the basket unit is made of. The unit is a currency of its own ({@code code},
 * {@code minorUnits}, such as XDR with 2); a lot is {@code lotSize} minor units of it and is backed
 * by exactly {@code amountPerLot} minor units of each leg currency.
 *
 * <p>Rounding rule: there is none to apply. Units are only created and redeemed in whole lots, and
 * the lot is chosen so that every leg is a whole number of minor units (the SDR's amounts per unit
 * have at most 3 decimals of a currency's minor unit, so a lot of 1000 units makes them integers;
 * see {@link BasketGenesis#sdr}). An amount that is not a whole number of lots cannot be deposited
 * or redeemed.
 *
 * <p>Invariants: 1 to {@value #MAX_LEGS} legs, sorted by currency code, distinct, none the unit's
 * own code, each amount positive; {@code lotSize > 0}.
 */
public record Composition(String code, int minorUnits, long lotSize, List<Leg> legs) {
  public static final int TYPE_TAG = 0x0C01;
  public static final int MAX_LEGS = 16;

  /** {@code amountPerLot} minor units of {@code currency} per lot. */
  public record Leg(String currency, long amountPerLot) {
    static final Codec<Leg> CODEC =
        new Codec<>() {
          @Override
          public void encode(Leg l, CanonicalWriter out) {
            out.string(l.currency).u63(l.amountPerLot);
          }

          @Override
          public Leg decode(CanonicalReader in) {
            return new Leg(
                CurrencyInfo.CODE_CODEC.decode(in), Fields.positive(in, "leg.amountPerLot"));
          }
        };
  }

  /** The state value and the body of {@code basket/set-composition}. */
  public static final Codec<Composition> CODEC =
      new Codec<>() {
        @Override
        public void encode(Composition c, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(c.code).u8(c.minorUnits).u63(c.lotSize);
          out.list(c.legs, Leg.CODEC);
        }

        @Override
        public Composition decode(CanonicalReader in) {
          in.header("composition", TYPE_TAG, 1);
          String code = CurrencyInfo.CODE_CODEC.decode(in);
          int minor = in.u8("composition.minorUnits");
          long lot = Fields.positive(in, "composition.lotSize");
          List<Leg> legs = in.list("composition.legs", MAX_LEGS, Leg.CODEC);
          if (!valid(code, minor, legs)) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "composition");
          }
          return new Composition(code, minor, lot, legs);
        }
      };

  public Composition {
    legs = List.copyOf(legs);
    if (lotSize <= 0 || !valid(code, minorUnits, legs)) {
      throw new IllegalArgumentException("invalid composition");
    }
  }

  private static boolean valid(String code, int minorUnits, List<Leg> legs) {
    if (legs.isEmpty() || legs.size() > MAX_LEGS || minorUnits > CurrencyInfo.MAX_MINOR_UNITS) {
      return false;
    }
    for (int i = 0; i < legs.size(); i++) {
      Leg l = legs.get(i);
      if (l.amountPerLot <= 0 || l.currency.equals(code)) {
        return false;
      }
      if (i > 0 && legs.get(i - 1).currency.compareTo(l.currency) >= 0) {
        return false;
      }
    }
    return true;
  }
}
