package org.silkchain.consensus.validator;

import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;

/**
 * One member of a validator set: its consensus key and voting power. Power is at least 1; a
 * validator with no power is simply not in the set.
 */
public record Validator(PublicKey key, long power) {
  public static final Codec<Validator> CODEC =
      new Codec<>() {
        @Override
        public void encode(Validator v, CanonicalWriter out) {
          PublicKey.CODEC.encode(v.key, out);
          out.u63(v.power);
        }

        @Override
        public Validator decode(CanonicalReader in) {
          PublicKey key = PublicKey.CODEC.decode(in);
          long power = in.u63("validator.power");
          if (power < 1 || power > ValidatorSet.MAX_TOTAL_POWER) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "validator.power: " + power);
          }
          return new Validator(key, power);
        }
      };

  public Validator {
    if (power < 1 || power > ValidatorSet.MAX_TOTAL_POWER) {
      throw new IllegalArgumentException("validator power out of range: " + power);
    }
  }
}
