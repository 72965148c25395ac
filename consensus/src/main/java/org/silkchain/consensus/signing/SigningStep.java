package org.silkchain.consensus.signing;

import org.silkchain.codec.DecodeException;

/** What a validator signs within one round, in the order it signs them. */
public enum SigningStep {
  PROPOSAL(1),
  PREVOTE(2),
  PRECOMMIT(3);

  private final int code;

  SigningStep(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static SigningStep fromCode(int code) {
    for (SigningStep s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "signing step " + code);
  }
}
