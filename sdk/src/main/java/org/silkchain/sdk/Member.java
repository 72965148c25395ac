package org.silkchain.sdk;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.keyfile.KeyFileCipher;
import org.silkchain.crypto.keyfile.KeyFileException;
import org.silkchain.crypto.keyfile.KeyFileStore;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;

/**
 * A member's signing identity: the key of a single-key account (as every genesis member's is) and
 * that account. Signs transactions, and read requests for confidential data (the node's {@code
 * RequestAuth} scheme: headers {@value #ACCOUNT}, {@value #TIMESTAMP}, {@value #SIGNATURE}).
 */
public final class Member {
  public static final String ACCOUNT = "X-Silkchain-Account";
  public static final String TIMESTAMP = "X-Silkchain-Timestamp";
  public static final String SIGNATURE = "X-Silkchain-Signature";
  private static final String DOMAIN = "silkchain-api-request-v1";

  private final KeyPair key;
  private final SignatureSuite suite;
  private final AccountId account;

  private Member(KeyPair key) {
    this.key = key;
    this.suite = SignatureSuite.of(key.publicKey().suite());
    this.account = AccountId.fromInitialKeys(suite.hash(), List.of(key.publicKey()));
  }

  public static Member of(KeyPair key) {
    return new Member(key);
  }

  /**
   * Opens an encrypted signing key file (the crypto module's key file format).
   *
   * @throws KeyFileException for a wrong passphrase or a damaged file
   */
  public static Member open(Path keyFile, char[] passphrase) throws IOException, KeyFileException {
    return new Member(KeyFileCipher.openSigningKey(KeyFileStore.read(keyFile), passphrase));
  }

  public AccountId account() {
    return account;
  }

  public KeyPair key() {
    return key;
  }

  public SignatureSuite suite() {
    return suite;
  }

  /** Signs {@code payload} as a transaction of this member's account. */
  public SignedTransaction sign(
      ChainId chain, long nonce, ValidityWindow validity, Payload payload) {
    TransactionBody body = new TransactionBody(chain, account, nonce, validity, payload);
    return SignedTransaction.sign(body, List.of(key), suite);
  }

  /** The headers that authenticate a read request by this member at {@code timestampMillis}. */
  public Map<String, String> requestHeaders(
      String method, String pathAndQuery, byte[] body, long timestampMillis) {
    Bytes message =
        Bytes.utf8(
            DOMAIN
                + "\n"
                + method
                + "\n"
                + pathAndQuery
                + "\n"
                + HexFormat.of().formatHex(sha256(body))
                + "\n"
                + timestampMillis);
    return Map.of(
        ACCOUNT,
        account.toString(),
        TIMESTAMP,
        Long.toString(timestampMillis),
        SIGNATURE,
        suite.sign(key.privateKey(), message).bytes().toHex());
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }
}
