package org.silkchain.consensus.payload;

import static org.silkchain.codec.DecodeException.Reason.INVALID_VALUE;

import java.nio.charset.StandardCharsets;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.DecodeException;

/**
 * Field rules shared by the payloads: chain ids are non-empty UTF-8 of bounded size, rounds fit an
 * int.
 */
final class PayloadFields {
  static final int MAX_BYTES = 64;

  private PayloadFields() {}

  static String check(String chainId) {
    if (chainId.isEmpty() || chainId.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("chain id must be 1.." + MAX_BYTES + " bytes");
    }
    return chainId;
  }

  static String read(CanonicalReader in, String field) {
    String id = in.string(field, MAX_BYTES);
    if (id.isEmpty()) {
      throw new DecodeException(INVALID_VALUE, field + ": empty chain id");
    }
    return id;
  }

  static int readRound(CanonicalReader in, String field) {
    long round = in.u32(field);
    if (round > Integer.MAX_VALUE) {
      throw new DecodeException(INVALID_VALUE, field + ": " + round);
    }
    return (int) round;
  }

  /** Heights start at 1 (height 0 is the genesis parent, never voted on). */
  static long readHeight(CanonicalReader in, String field) {
    long height = in.u63(field);
    if (height < 1) {
      throw new DecodeException(INVALID_VALUE, field + ": height 0");
    }
    return height;
  }
}
