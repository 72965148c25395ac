package org.silkchain.runtime.module;

import java.util.List;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.SignedTransaction;

/**
 * Codecs and checks for fields that many action bodies share, so that every module bounds them the
 * same way. Decoders throw only {@link DecodeException}.
 */
public final class Fields {
  private Fields() {}

  /** A non-negative amount or count. */
  public static final Codec<Long> U63 =
      new Codec<>() {
        @Override
        public void encode(Long v, CanonicalWriter out) {
          out.u63(v);
        }

        @Override
        public Long decode(CanonicalReader in) {
          return in.u63("u63");
        }
      };

  public static final Codec<AccountId> ACCOUNT = AccountId.CODEC;

  /** A set of 1 to 16 keys (sorted, distinct), as accounts hold them. */
  public static final Codec<List<PublicKey>> KEYS =
      new Codec<>() {
        @Override
        public void encode(List<PublicKey> keys, CanonicalWriter out) {
          out.set(keys, PublicKey.CODEC);
        }

        @Override
        public List<PublicKey> decode(CanonicalReader in) {
          List<PublicKey> keys = in.set("keys", SignedTransaction.MAX_SIGNATURES, PublicKey.CODEC);
          if (keys.isEmpty()) {
            throw new DecodeException(DecodeException.Reason.INVALID_VALUE, "keys: empty");
          }
          return keys;
        }
      };

  /** A codec for strings of at most {@code maxBytes} matching {@code pattern}. */
  public static Codec<String> string(String field, int maxBytes, Pattern pattern) {
    return new Codec<>() {
      @Override
      public void encode(String value, CanonicalWriter out) {
        out.string(value);
      }

      @Override
      public String decode(CanonicalReader in) {
        return text(in, field, maxBytes, pattern);
      }
    };
  }

  /** Reads a string of at most {@code maxBytes} that must match {@code pattern}. */
  public static String text(CanonicalReader in, String field, int maxBytes, Pattern pattern) {
    String value = in.string(field, maxBytes);
    if (!pattern.matcher(value).matches()) {
      throw new DecodeException(
          DecodeException.Reason.INVALID_VALUE, field + ": does not match " + pattern.pattern());
    }
    return value;
  }

  /** Reads a positive amount. */
  public static long positive(CanonicalReader in, String field) {
    long v = in.u63(field);
    if (v == 0) {
      throw new DecodeException(DecodeException.Reason.INVALID_VALUE, field + ": must be > 0");
    }
    return v;
  }
}
