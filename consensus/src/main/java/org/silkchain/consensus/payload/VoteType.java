package org.silkchain.consensus.payload;

import org.silkchain.codec.DecodeException;

/** The two votes of a Tendermint round; the code is part of the signed encoding. */
public enum VoteType {
  PREVOTE(1),
  PRECOMMIT(2);

  private final int code;

  VoteType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static VoteType fromCode(int code) {
    for (VoteType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "vote type " + code);
  }
}
