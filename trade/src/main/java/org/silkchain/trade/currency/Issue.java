package org.silkchain.trade.currency;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/** Body of {@code currency/issue}: a central bank creates its currency. */
public record Issue(String code, int minorUnits) {
  public static final int TYPE_TAG = 0x0A10;

  public static final Codec<Issue> CODEC =
      new Codec<>() {
        @Override
        public void encode(Issue b, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).string(b.code).u8(b.minorUnits);
        }

        @Override
        public Issue decode(CanonicalReader in) {
          in.header("issue", TYPE_TAG, 1);
          String code = CurrencyInfo.CODE_CODEC.decode(in);
          int minor = in.u8("issue.minorUnits");
          if (minor > CurrencyInfo.MAX_MINOR_UNITS) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "issue.minorUnits");
          }
          return new Issue(code, minor);
        }
      };
}
