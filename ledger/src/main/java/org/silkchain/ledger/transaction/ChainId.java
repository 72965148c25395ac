package org.silkchain.ledger.transaction;

import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * The name of one network, fixed at genesis, such as {@code silkchain-trade-1}. Every transaction
 * and block header carries it, so a transaction signed for one network cannot be replayed on
 * another.
 *
 * <p>Invariant: 1 to {@value #MAX_LENGTH} characters of {@code [a-z0-9._-]}, starting with a letter
 * or digit. Lower case only, so that two networks cannot differ by case alone.
 */
public record ChainId(String value) implements Comparable<ChainId> {
  public static final int MAX_LENGTH = 64;
  private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public static final Codec<ChainId> CODEC =
      new Codec<>() {
        @Override
        public void encode(ChainId id, CanonicalWriter out) {
          out.string(id.value);
        }

        @Override
        public ChainId decode(CanonicalReader in) {
          String value = in.string("chainId", MAX_LENGTH);
          if (!isValid(value)) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "chainId: not a valid chain id");
          }
          return new ChainId(value);
        }
      };

  public ChainId {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "chain id must match " + SYNTAX.pattern() + ", got \"" + value + "\"");
    }
  }

  public static ChainId of(String value) {
    return new ChainId(value);
  }

  public static boolean isValid(String value) {
    return value != null && SYNTAX.matcher(value).matches();
  }

  @Override
  public int compareTo(ChainId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
