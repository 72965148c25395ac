package org.silkchain.cli.demo;

import org.silkchain.crypto.KeyPair;
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
  private long nonce;

  public Party(String name, KeyPair key, AccountId account, long nonce) {
    this.name = name;
    this.key = key;
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

  /** The nonce to sign with now; advances it (a committed transaction consumes its nonce). */
  long takeNonce() {
    return nonce++;
  }
}
