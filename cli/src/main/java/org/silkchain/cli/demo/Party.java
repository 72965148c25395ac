package org.silkchain.cli.demo;

import java.util.Optional;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.ledger.transaction.AccountId;

/**
 * Someone who signs transactions in the demo: a member (its genesis account) or a bank's customer.
 * Tracks the account's next nonce; the story submits one transaction per party at a time and waits
 * for it, so the count stays exact.
 */
public final class Party {
  private final String name;
  private final KeyPair key;
  private final AccountId account;
  private final Optional<EncryptionKeyPair> encryption;
  private long nonce;

  public Party(String name, KeyPair key, AccountId account, long nonce) {
    this(name, key, Optional.empty(), account, nonce);
  }

  /**
   * @param encryption the key pair that opens what is sealed to this party (a member's from its key
   *     file; a customer reuses its owner's and registers the public half on its account)
   */
  public Party(
      String name,
      KeyPair key,
      Optional<EncryptionKeyPair> encryption,
      AccountId account,
      long nonce) {
    this.name = name;
    this.key = key;
    this.encryption = encryption;
    this.account = account;
    this.nonce = nonce;
  }

  public String name() {
    return name;
  }

  public KeyPair key() {
    return key;
  }

  public AccountId account() {
    return account;
  }

  /**
   * The party's encryption key pair.
   *
   * @throws StepFailed if the demo has none for it
   */
  public EncryptionKeyPair encryption() throws StepFailed {
    return encryption.orElseThrow(() -> new StepFailed(name + " has no encryption key"));
  }

  Optional<EncryptionKeyPair> encryptionIfAny() {
    return encryption;
  }

  /** The nonce to sign with now; advances it (a committed transaction consumes its nonce). */
  long takeNonce() {
    return nonce++;
  }
}
