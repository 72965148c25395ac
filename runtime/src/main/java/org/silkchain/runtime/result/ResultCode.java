package org.silkchain.runtime.result;

import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;

/**
 * A stable result code, as clients see it in receipts. Runtime codes are upper-case words ({@code
 * UNAUTHORIZED}); a module's own codes are prefixed with its name ({@code currency.NOT_ISSUER}), so
 * modules never clash and adding one never renames another's codes. Codes are part of the API: do
 * not rename.
 */
public record ResultCode(String value) implements Comparable<ResultCode> {
  public static final int MAX_LENGTH = 64;
  private static final Pattern SYNTAX =
      Pattern.compile("([a-z][a-z0-9_-]{0,31}\\.)?[A-Z][A-Z0-9_]{0,30}");

  // Success.
  public static final ResultCode OK = new ResultCode("OK");

  // Pre-dispatch: the transaction is invalid at this height; it cannot be in a block.
  public static final ResultCode TOO_LARGE = new ResultCode("TOO_LARGE");
  public static final ResultCode WRONG_CHAIN = new ResultCode("WRONG_CHAIN");
  public static final ResultCode EXPIRED = new ResultCode("EXPIRED");
  public static final ResultCode NOT_YET_VALID = new ResultCode("NOT_YET_VALID");
  public static final ResultCode UNKNOWN_ACCOUNT = new ResultCode("UNKNOWN_ACCOUNT");
  public static final ResultCode NONCE_TOO_LOW = new ResultCode("NONCE_TOO_LOW");
  public static final ResultCode NONCE_TOO_HIGH = new ResultCode("NONCE_TOO_HIGH");
  public static final ResultCode BAD_SIGNATURE = new ResultCode("BAD_SIGNATURE");
  public static final ResultCode INSUFFICIENT_SIGNATURES =
      new ResultCode("INSUFFICIENT_SIGNATURES");
  public static final ResultCode ACCOUNT_FROZEN = new ResultCode("ACCOUNT_FROZEN");

  /** The transaction's only signer is a delegated session key whose delegation expired. */
  public static final ResultCode DELEGATION_EXPIRED = new ResultCode("DELEGATION_EXPIRED");

  /** The signer is a live session key of the sender, not delegated for the payload's module. */
  public static final ResultCode DELEGATION_OUT_OF_SCOPE =
      new ResultCode("DELEGATION_OUT_OF_SCOPE");

  // Dispatch and execution: committed with the nonce consumed and no other effect.
  public static final ResultCode UNKNOWN_MODULE = new ResultCode("UNKNOWN_MODULE");
  public static final ResultCode UNKNOWN_ACTION = new ResultCode("UNKNOWN_ACTION");
  public static final ResultCode UNAUTHORIZED = new ResultCode("UNAUTHORIZED");
  public static final ResultCode MALFORMED_BODY = new ResultCode("MALFORMED_BODY");
  public static final ResultCode LIMIT_EXCEEDED = new ResultCode("LIMIT_EXCEEDED");
  public static final ResultCode OVERFLOW = new ResultCode("OVERFLOW");
  public static final ResultCode INSUFFICIENT_FUNDS = new ResultCode("INSUFFICIENT_FUNDS");
  public static final ResultCode NOT_FOUND = new ResultCode("NOT_FOUND");
  public static final ResultCode ALREADY_EXISTS = new ResultCode("ALREADY_EXISTS");
  public static final ResultCode INVALID_ARGUMENT = new ResultCode("INVALID_ARGUMENT");

  /** A module failed in a way its rules do not foresee (a bug); deterministic all the same. */
  public static final ResultCode INTERNAL_ERROR = new ResultCode("INTERNAL_ERROR");

  public static final Codec<ResultCode> CODEC =
      new Codec<>() {
        @Override
        public void encode(ResultCode c, CanonicalWriter out) {
          out.string(c.value);
        }

        @Override
        public ResultCode decode(CanonicalReader in) {
          String value = in.string("resultCode", MAX_LENGTH);
          if (!isValid(value)) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "resultCode: not a valid code");
          }
          return new ResultCode(value);
        }
      };

  public ResultCode {
    if (!isValid(value)) {
      throw new IllegalArgumentException("invalid result code \"" + value + "\"");
    }
  }

  /** A module-specific code: {@code <module>.<CODE>}. */
  public static ResultCode of(String module, String code) {
    return new ResultCode(module + "." + code);
  }

  public static boolean isValid(String value) {
    return value != null && SYNTAX.matcher(value).matches();
  }

  public boolean isOk() {
    return equals(OK);
  }

  @Override
  public int compareTo(ResultCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
