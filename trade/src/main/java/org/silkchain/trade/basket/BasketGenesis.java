package org.silkchain.trade.basket;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.trade.currency.CurrencyInfo;
import org.silkchain.trade.currency.CurrencyLedger;

/** The basket at genesis. */
public final class BasketGenesis {
  private BasketGenesis() {}

  /**
   * The SDR as the IMF defines it since 1 August 2022, per unit: USD 0.57813, EUR 0.37379, CNY
   * 1.0993, JPY 13.452, GBP 0.08087 (weights at that date 43.38%, 29.31%, 12.28%, 7.59%, 7.44%).
   * The unit is {@code XDR} with 2 decimals; one lot is 1000 XDR (100 000 minor units), backed by
   * USD 578.13, EUR 373.79, CNY 1099.30, JPY 13452 and GBP 80.87: in minor units 57813, 37379,
   * 109930, 13452 and 8087, all exact.
   */
  public static Composition sdr() {
    return new Composition(
        "XDR",
        2,
        100_000,
        List.of(
            new Composition.Leg("CNY", 109_930),
            new Composition.Leg("EUR", 37_379),
            new Composition.Leg("GBP", 8_087),
            new Composition.Leg("JPY", 13_452),
            new Composition.Leg("USD", 57_813)));
  }

  /** The state entries that configure {@code composition} with no units outstanding. */
  public static SortedMap<Bytes, Bytes> state(HashFunction hash, Composition composition) {
    TreeMap<Bytes, Bytes> state = new TreeMap<>();
    state.put(Basket.compositionKey(), Composition.CODEC.encode(composition));
    state.put(
        CurrencyLedger.infoKey(composition.code()),
        CurrencyInfo.CODEC.encode(
            new CurrencyInfo(
                composition.code(),
                composition.minorUnits(),
                Basket.reserveAccount(hash),
                0,
                0,
                0)));
    return state;
  }
}
