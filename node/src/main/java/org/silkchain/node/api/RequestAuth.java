package org.silkchain.node.api;

import com.sun.net.httpserver.HttpExchange;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.account.Accounts;
import org.silkchain.runtime.account.Delegation;
import org.silkchain.runtime.account.Delegations;
import org.silkchain.runtime.state.StateAccess;

/**
 * Authenticates a member's read request by signature, for confidential data: three headers, {@value
 * #ACCOUNT} (the account id in hex), {@value #TIMESTAMP} (Unix milliseconds) and {@value
 * #SIGNATURE} (hex), the signature over {@link #message} by one of the account's keys or by a
 * session key the account delegated ({@code identity/delegate}) that has not expired at the read
 * state's block time. The account must exist in that state and not be frozen. A delegation's scope
 * limits the transactions its key may sign, not reads: a live session key reads what its account
 * may read.
 *
 * <p>The timestamp is checked against this node's wall clock, within {@value #MAX_SKEW_MILLIS} ms
 * either way: it only bounds how long a captured request can be replayed, and a replayed read
 * reveals nothing its first answer did not. This clock never reaches the ledger.
 */
public final class RequestAuth {
  public static final String ACCOUNT = "X-Silkchain-Account";
  public static final String TIMESTAMP = "X-Silkchain-Timestamp";
  public static final String SIGNATURE = "X-Silkchain-Signature";
  public static final long MAX_SKEW_MILLIS = 300_000;
  private static final String DOMAIN = "silkchain-api-request-v1";

  private final LongSupplier clock;

  RequestAuth(LongSupplier clock) {
    this.clock = clock;
  }

  /**
   * The bytes a member signs: the domain, method, path with its raw query string, the body's
   * SHA-256 in hex and the timestamp, one per line.
   */
  public static Bytes message(String method, String pathAndQuery, byte[] body, long timestamp) {
    return Bytes.utf8(
        DOMAIN
            + "\n"
            + method
            + "\n"
            + pathAndQuery
            + "\n"
            + HexFormat.of().formatHex(sha256(body))
            + "\n"
            + timestamp);
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }

  /** Whether the request carries any of the authentication headers. */
  static boolean attempted(HttpExchange exchange) {
    return exchange.getRequestHeaders().containsKey(ACCOUNT)
        || exchange.getRequestHeaders().containsKey(SIGNATURE);
  }

  /**
   * The authenticated account, or 401 {@code UNAUTHENTICATED} naming what is missing or wrong.
   *
   * @param body the request body as read (empty for a GET)
   * @param state the state the read is answered from
   * @param blockTimeMillis the time of that state's block, against which delegations expire
   */
  AccountId require(HttpExchange exchange, byte[] body, StateAccess state, long blockTimeMillis)
      throws ApiException {
    String account = header(exchange, ACCOUNT);
    String timestamp = header(exchange, TIMESTAMP);
    String signature = header(exchange, SIGNATURE);
    AccountId id;
    long at;
    Signature sig;
    try {
      id = AccountId.fromHex(account);
    } catch (RuntimeException e) {
      throw unauthenticated(ACCOUNT, "not an account id");
    }
    try {
      at = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw unauthenticated(TIMESTAMP, "not a number");
    }
    try {
      sig = new Signature(Bytes.fromHex(signature));
    } catch (RuntimeException e) {
      throw unauthenticated(SIGNATURE, "not a signature");
    }
    if (Math.abs(clock.getAsLong() - at) > MAX_SKEW_MILLIS) {
      throw unauthenticated(
          TIMESTAMP, "more than " + MAX_SKEW_MILLIS + " ms from the node's clock");
    }
    String target = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      target += "?" + query;
    }
    Bytes message = message(exchange.getRequestMethod(), target, body, at);
    return signer(id, message, sig, state, blockTimeMillis);
  }

  /**
   * Checks that {@code sig} over {@code message} is by a key of account {@code id} in {@code
   * state}, or by a session key it delegated that is live at {@code blockTimeMillis} (single
   * signature accounts only, as for transactions); answers {@code id}, or 401 naming why not.
   */
  static AccountId signer(
      AccountId id, Bytes message, Signature sig, StateAccess state, long blockTimeMillis)
      throws ApiException {
    Optional<AccountRecord> record = Accounts.read(state, id);
    if (record.isEmpty() || record.get().frozen()) {
      throw unauthenticated(ACCOUNT, "no such active account");
    }
    for (PublicKey key : record.get().keys()) {
      if (SignatureSuite.of(key.suite()).verify(key, message, sig)) {
        return id;
      }
    }
    if (record.get().threshold() == 1) {
      for (Delegation d : Delegations.of(state, id)) {
        if (d.liveAt(blockTimeMillis)
            && SignatureSuite.of(d.key().suite()).verify(d.key(), message, sig)) {
          return id;
        }
      }
    }
    throw unauthenticated(
        SIGNATURE, "does not verify with the account's keys nor a live session key it delegated");
  }

  private static String header(HttpExchange exchange, String name) throws ApiException {
    String value = exchange.getRequestHeaders().getFirst(name);
    if (value == null || value.isEmpty()) {
      throw unauthenticated(name, "missing: this read needs a member's signed request");
    }
    if (value.length() > 512) {
      throw unauthenticated(name, "too long");
    }
    return value;
  }

  private static ApiException unauthenticated(String field, String message) {
    return new ApiException(401, "UNAUTHENTICATED", field + ": " + message, field);
  }
}
