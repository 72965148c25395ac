package org.silkchain.runtime.state;

import java.util.regex.Pattern;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Builds the UTF-8 text keys of the state: {@code <namespace>/<part>/<part>...}. Each module writes
 * under its own name as namespace; the runtime owns {@code account}, {@code receipt} and {@code
 * idx}. Parts may not contain {@code /}, so two different part lists never give the same key, and
 * one namespace's keys never fall under another's.
 */
public final class StateKey {
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.:@+=-]{1,128}");

  private StateKey() {}

  public static Bytes of(String namespace, String... parts) {
    StringBuilder key = new StringBuilder(check(namespace));
    for (String part : parts) {
      key.append('/').append(check(part));
    }
    return Bytes.utf8(key.toString());
  }

  /** The prefix of every key {@code of(namespace, parts..., more...)}, for range scans. */
  public static Bytes prefix(String namespace, String... parts) {
    return of(namespace, parts).concat(Bytes.utf8("/"));
  }

  public static String part(AccountId account) {
    return account.bytes().toHex();
  }

  /** A non-negative number, zero-padded to 20 digits so that text order is numeric order. */
  public static String part(long number) {
    if (number < 0) {
      throw new IllegalArgumentException("negative key part " + number);
    }
    return String.format("%020d", number);
  }

  public static boolean isValidPart(String part) {
    return part != null && PART.matcher(part).matches();
  }

  private static String check(String part) {
    if (!isValidPart(part)) {
      throw new IllegalArgumentException("invalid state key part: \"" + part + "\"");
    }
    return part;
  }
}
