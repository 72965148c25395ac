package org.silkchain.cli.bench;

import java.util.List;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.genesis.Genesis;

/**
 * An account the benchmark signs for, with the next nonce it will use. Not thread-safe: setup signs
 * from one thread and the load is pre-signed before the timed phase.
 */
final class Sender {
  private static final long VALIDITY_BLOCKS = 1_000_000;

  private final String label;
  private final KeyPair key;
  private final AccountId account;
  private long nonce;

  Sender(String label, KeyPair key, AccountId account, long nonce) {
    this.label = label;
    this.key = key;
    this.account = account;
    this.nonce = nonce;
  }

  String label() {
    return label;
  }

  KeyPair key() {
    return key;
  }

  AccountId account() {
    return account;
  }

  /** Signs {@code payload} with the next nonce, consuming it. */
  Signed sign(Genesis genesis, Payload payload) {
    ChainId chain = genesis.chainId();
    TransactionBody body =
        new TransactionBody(
            chain, account, nonce++, new ValidityWindow(0, VALIDITY_BLOCKS), payload);
    SignedTransaction tx = SignedTransaction.sign(body, List.of(key), genesis.signatureSuite());
    return new Signed(tx.id(genesis.hashFunction()).toString(), tx.encode().toHex());
  }

  /** A signed transaction as the API takes it: its id and the hex of its canonical encoding. */
  record Signed(String id, String hex) {}
}
