package org.silkchain.ledger.block;

import java.util.List;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.TestKeys;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;

/** A small chain to build blocks on: an Ed25519 network called {@code test-chain}. */
final class BlockFixtures {
  static final SignatureSuite SUITE = SignatureSuite.of(SuiteId.ED25519);
  static final HashFunction HASH = SUITE.hash();
  static final ChainId CHAIN = ChainId.of("test-chain");
  static final KeyPair PROPOSER = TestKeys.key(SuiteId.ED25519, 100);
  static final KeyPair SENDER = TestKeys.key(SuiteId.ED25519, 1);

  private BlockFixtures() {}

  static Block genesis() {
    return Block.genesis(
        CHAIN,
        1_700_000_000_000L,
        PROPOSER.publicKey(),
        HASH.digest(Bytes.utf8("validators")),
        HASH.digest(Bytes.utf8("state")),
        HASH);
  }

  static SignedTransaction tx(ChainId chain, long nonce, ValidityWindow window) {
    TransactionBody body =
        new TransactionBody(
            chain,
            AccountId.fromInitialKeys(HASH, List.of(SENDER.publicKey())),
            nonce,
            window,
            new Payload("bank", "transfer", Bytes.utf8("pay " + nonce)));
    return SignedTransaction.sign(body, List.of(SENDER), SUITE);
  }

  static SignedTransaction tx(long nonce) {
    return tx(CHAIN, nonce, new ValidityWindow(0, 100));
  }

  /** The hash of the block at height 1 that {@link #child} builds on. */
  static final Hash PARENT = HASH.digest(Bytes.utf8("block-1"));

  /** A block at height 2 (the first height with a parent commit), with a correct tx root. */
  static Block child(List<SignedTransaction> txs) {
    return child(txs, Block.transactionsRoot(HASH, txs));
  }

  static Block child(List<SignedTransaction> txs, Hash transactionsRoot) {
    return child(txs, transactionsRoot, txs.size());
  }

  static Block child(List<SignedTransaction> txs, Hash transactionsRoot, int transactionCount) {
    Hash parent = PARENT;
    CommitCertificate commit = new CommitCertificate(1, 0, parent, List.of());
    BlockHeader header =
        new BlockHeader(
            CHAIN,
            2,
            parent,
            1_700_000_001_000L,
            PROPOSER.publicKey(),
            HASH.digest(Bytes.utf8("validators")),
            transactionCount,
            transactionsRoot,
            HASH.digest(Bytes.utf8("state-1")),
            HASH.digest(Bytes.utf8("results-1")),
            Optional.of(commit));
    return new Block(header, txs);
  }
}
