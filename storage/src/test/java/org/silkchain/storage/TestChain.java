package org.silkchain.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PrivateKey;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.block.CommitSignature;
import org.silkchain.ledger.merkle.MerkleHashes;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.state.store.StateDelta;
import org.silkchain.state.tree.StateTree;

/**
 * Builds a deterministic chain on top of a store: block {@code h}'s transactions and state changes
 * are a function of {@code h} alone, so a checker can recompute what any height must hold.
 */
public final class TestChain {
  public static final HashFunction HASH = HashFunction.sha256();
  public static final SignatureSuite SUITE = SignatureSuite.of(SuiteId.ED25519);
  public static final ChainId CHAIN = ChainId.of("silk-test");
  static final KeyPair VALIDATOR = key(1);
  static final KeyPair SENDER = key(2);
  static final int ACCOUNTS = 40;

  private TestChain() {}

  static KeyPair key(int n) {
    byte[] secret = new byte[32];
    secret[31] = (byte) n;
    return SUITE.fromPrivate(new PrivateKey(SuiteId.ED25519, Bytes.wrap(secret)));
  }

  /** A block and the state delta that goes with it. */
  public record Step(CommittedBlock block, StateDelta delta) {}

  /** The state changes of height {@code h}: writes, and from height 3 on, some deletes. */
  public static SortedMap<Bytes, Optional<Bytes>> changesAt(long h) {
    SortedMap<Bytes, Optional<Bytes>> changes = new TreeMap<>();
    for (int i = 0; i < 3; i++) {
      changes.put(
          account((h * 3 + i) % ACCOUNTS), Optional.of(Bytes.utf8("balance@" + h + "." + i)));
    }
    if (h >= 3) {
      changes.putIfAbsent(account((h * 7) % ACCOUNTS), Optional.empty());
    }
    return changes;
  }

  public static Bytes account(long n) {
    return Bytes.utf8("account/" + n);
  }

  /** The next block on top of {@code store}'s tip (genesis on an empty store). */
  public static Step next(LedgerStore store) {
    Optional<ChainTip> tip = store.tip();
    long height = tip.map(t -> t.height() + 1).orElse(0L);
    long base = tip.map(ChainTip::height).orElse(StateTree.PRE_GENESIS_VERSION);
    StateDelta delta = new StateTree(HASH, store).apply(base, height, changesAt(height));
    Hash validators = HASH.digest(Bytes.utf8("validators"));
    Block block;
    if (height == 0) {
      block =
          Block.genesis(
              CHAIN, 1_700_000_000_000L, VALIDATOR.publicKey(), validators, delta.root(), HASH);
    } else {
      List<SignedTransaction> txs = transactionsAt(height);
      Optional<CommitCertificate> parentCommit =
          height == 1 ? Optional.empty() : store.blockAt(height - 1).orElseThrow().certificate();
      BlockHeader header =
          new BlockHeader(
              CHAIN,
              height,
              tip.get().blockHash(),
              1_700_000_000_000L + height * 1000,
              VALIDATOR.publicKey(),
              validators,
              txs.size(),
              Block.transactionsRoot(HASH, txs),
              delta.root(),
              MerkleHashes.empty(HASH),
              parentCommit);
      block = new Block(header, txs);
    }
    Hash hash = block.hash(HASH);
    Optional<CommitCertificate> cert =
        height == 0 ? Optional.empty() : Optional.of(certify(height, hash));
    return new Step(CommittedBlock.of(block, cert, HASH), delta);
  }

  /** Appends {@code count} blocks and returns the last. */
  public static Step extend(LedgerStore store, int count) {
    Step last = null;
    for (int i = 0; i < count; i++) {
      last = next(store);
      store.append(last.block(), last.delta());
    }
    return last;
  }

  static List<SignedTransaction> transactionsAt(long height) {
    List<SignedTransaction> txs = new ArrayList<>();
    AccountId sender = AccountId.fromInitialKeys(HASH, List.of(SENDER.publicKey()));
    for (int i = 0; i < 2; i++) {
      TransactionBody body =
          new TransactionBody(
              CHAIN,
              sender,
              height * 2 + i,
              new ValidityWindow(height, height + 10),
              new Payload("payments", "transfer", Bytes.utf8("tx " + height + "." + i)));
      txs.add(SignedTransaction.sign(body, List.of(SENDER), SUITE));
    }
    return txs;
  }

  /** A certificate signed by the one test validator (storage does not check signatures). */
  static CommitCertificate certify(long height, Hash blockHash) {
    Bytes signBytes = Bytes.utf8("test-precommit").concat(blockHash.bytes());
    CommitSignature sig =
        new CommitSignature(VALIDATOR.publicKey(), SUITE.sign(VALIDATOR.privateKey(), signBytes));
    return new CommitCertificate(height, 0, blockHash, List.of(sig));
  }
}
