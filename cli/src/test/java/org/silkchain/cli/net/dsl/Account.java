package org.silkchain.cli.net.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
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
 * A genesis member's account, signing with the member's key from {@code members/<id>/signing.key}
 * (opened with the local network's passphrase file), as a client would.
 *
 * <p>{@link #kvPut(String, String)} takes the next nonce from a local counter: the tests are the
 * only senders, so the counter is the account's nonce as long as every transaction it signed gets
 * committed.
 */
public final class Account {
  /** Payload {@code kv/put} body: {@code string(key) bytes(value)}, no header (node contract). */
  static Bytes kvPutBody(String key, Bytes value) {
    return new CanonicalWriter().string(key).bytes(value).toBytes();
  }

  private static final ValidityWindow ALWAYS = new ValidityWindow(0, Long.MAX_VALUE);

  private final String member;
  private final KeyPair signingKey;
  private final SignatureSuite suite;
  private final ChainId chainId;
  private final AccountId id;
  private final AtomicLong nextNonce = new AtomicLong();

  Account(String member, KeyPair key, SignatureSuite suite, ChainId chainId) {
    this(
        member,
        key,
        suite,
        chainId,
        AccountId.fromInitialKeys(suite.hash(), List.of(key.publicKey())));
  }

  private Account(String member, KeyPair key, SignatureSuite suite, ChainId chainId, AccountId id) {
    this.member = member;
    this.signingKey = key;
    this.suite = suite;
    this.chainId = chainId;
    this.id = id;
  }

  /**
   * An account whose id is not the one derived from its key (a bank's customer: the bank derives
   * it), signing with {@code key} on {@code chainId}; its nonces start at 0.
   */
  public static Account withId(
      String name, KeyPair key, AccountId id, SignatureSuite suite, ChainId chainId) {
    return new Account(name, key, suite, chainId, id);
  }

  static Account open(Path memberDir, String member, SignatureSuite suite, ChainId chainId) {
    try {
      String pass = Files.readString(memberDir.resolve("passphrase"), StandardCharsets.UTF_8);
      char[] passphrase = pass.strip().toCharArray();
      KeyPair key =
          KeyFileCipher.openSigningKey(
              KeyFileStore.read(memberDir.resolve("signing.key")), passphrase);
      return new Account(member, key, suite, chainId);
    } catch (IOException | KeyFileException e) {
      throw new AssertionError("cannot open the signing key of " + member + ": " + e, e);
    }
  }

  public String member() {
    return member;
  }

  public AccountId id() {
    return id;
  }

  public ChainId chainId() {
    return chainId;
  }

  /** The nonce the next {@link #kvPut(String, String)} uses. */
  public long nextNonce() {
    return nextNonce.get();
  }

  /**
   * Continues from {@code nonce}: for an account that also signed elsewhere (in the browser), so
   * this counter no longer knows its next nonce.
   */
  public void resumeAt(long nonce) {
    nextNonce.set(nonce);
  }

  /** {@code kv/put key=value} with the next nonce (and consumes it). */
  public SignedTransaction kvPut(String key, String value) {
    return kvPut(key, value, nextNonce.getAndIncrement(), chainId);
  }

  /** {@code kv/put key=value} with an explicit nonce and chain; the counter is not touched. */
  public SignedTransaction kvPut(String key, String value, long nonce, ChainId chain) {
    Payload payload = new Payload("kv", "put", kvPutBody(key, Bytes.utf8(value)));
    TransactionBody body = new TransactionBody(chain, id, nonce, ALWAYS, payload);
    return SignedTransaction.sign(body, List.of(signingKey), suite);
  }

  /** Any module action with the next nonce (and consumes it); the same as {@link #send}. */
  public SignedTransaction sign(Payload payload) {
    return send(payload);
  }

  /** A transaction carrying {@code payload} (any module's action) with the next nonce. */
  public SignedTransaction send(Payload payload) {
    TransactionBody body =
        new TransactionBody(chainId, id, nextNonce.getAndIncrement(), ALWAYS, payload);
    return SignedTransaction.sign(body, List.of(signingKey), suite);
  }

  /** Signs {@code body} as is (any sender, nonce or chain), for rejection tests. */
  public SignedTransaction sign(TransactionBody body) {
    return SignedTransaction.sign(body, List.of(signingKey), suite);
  }

  /** The transaction id as the node computes it. */
  public String idOf(SignedTransaction tx) {
    return tx.id(suite.hash()).toString();
  }

  @Override
  public String toString() {
    return "Account[" + member + ", " + id + "]";
  }
}
