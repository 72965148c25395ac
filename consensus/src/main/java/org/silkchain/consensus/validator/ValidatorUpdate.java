package org.silkchain.consensus.validator;

import org.silkchain.crypto.PublicKey;

/**
 * A change the application asks for when it finalizes a block: set {@code key}'s power to {@code
 * power}; power 0 removes the validator. See {@link ValidatorSchedule} for when it takes effect.
 */
public record ValidatorUpdate(PublicKey key, long power) {
  public ValidatorUpdate {
    if (power < 0 || power > ValidatorSet.MAX_TOTAL_POWER) {
      throw new IllegalArgumentException("validator power out of range: " + power);
    }
  }
}
