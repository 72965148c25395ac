package org.silkchain.ledger.transaction;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * The block heights at which a transaction may be included, both ends inclusive. An upper bound
 * lets a sender know for sure, once the chain passes it, that a transaction will never execute.
 *
 * <p>Invariant: {@code 0 <= validFromHeight <= validUntilHeight}.
 */
public record ValidityWindow(long validFromHeight, long validUntilHeight) {
  public static final Codec<ValidityWindow> CODEC =
      new Codec<>() {
        @Override
        public void encode(ValidityWindow w, CanonicalWriter out) {
          out.u63(w.validFromHeight).u63(w.validUntilHeight);
        }

        @Override
        public ValidityWindow decode(CanonicalReader in) {
          long from = in.u63("validity.from");
          long until = in.u63("validity.until");
          if (from > until) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE,
                "validity: from " + from + " is after until " + until);
          }
          return new ValidityWindow(from, until);
        }
      };

  public ValidityWindow {
    if (validFromHeight < 0 || validFromHeight > validUntilHeight) {
      throw new IllegalArgumentException(
          "validity window must have 0 <= from <= until, got ["
              + validFromHeight
              + ", "
              + validUntilHeight
              + "]");
    }
  }

  public boolean contains(long height) {
    return validFromHeight <= height && height <= validUntilHeight;
  }
}
