package org.silkchain.trade.currency;

import java.util.Objects;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.module.Fields;

/**
 * A currency: its ISO 4217 code, its minor units (decimal places: 2 for EUR, 0 for JPY), its
 * issuer, and its totals in minor units. Invariant kept by {@link CurrencyLedger}: {@code supply ==
 * minted - burned} and the balances of the currency sum to {@code supply}.
 */
public record CurrencyInfo(
    String code, int minorUnits, AccountId issuer, long supply, long minted, long burned) {
  public static final int TYPE_TAG = 0x0A01;
  public static final int VERSION = 1;
  public static final int MAX_MINOR_UNITS = 8;
  public static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  public static final Codec<String> CODE_CODEC = Fields.string("currency", 3, CODE);

  public static final Codec<CurrencyInfo> CODEC =
      new Codec<>() {
        @Override
        public void encode(CurrencyInfo c, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).string(c.code).u8(c.minorUnits);
          AccountId.CODEC.encode(c.issuer, out);
          out.u63(c.supply).u63(c.minted).u63(c.burned);
        }

        @Override
        public CurrencyInfo decode(CanonicalReader in) {
          in.header("currencyInfo", TYPE_TAG, VERSION);
          return new CurrencyInfo(
              CODE_CODEC.decode(in),
              in.u8("currencyInfo.minorUnits"),
              AccountId.CODEC.decode(in),
              in.u63("currencyInfo.supply"),
              in.u63("currencyInfo.minted"),
              in.u63("currencyInfo.burned"));
        }
      };

  public CurrencyInfo {
    if (!CODE.matcher(code).matches() || minorUnits < 0 || minorUnits > MAX_MINOR_UNITS) {
      throw new IllegalArgumentException("invalid currency " + code + "/" + minorUnits);
    }
    Objects.requireNonNull(issuer, "issuer");
  }

  CurrencyInfo minted(long amount) {
    return new CurrencyInfo(
        code,
        minorUnits,
        issuer,
        Math.addExact(supply, amount),
        Math.addExact(minted, amount),
        burned);
  }

  CurrencyInfo burned(long amount) {
    return new CurrencyInfo(
        code,
        minorUnits,
        issuer,
        Math.subtractExact(supply, amount),
        minted,
        Math.addExact(burned, amount));
  }
}
