package org.silkchain.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.silkchain.storage.TestChain.HASH;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.state.proof.StateProofVerifier;
import org.silkchain.state.tree.StateTree;

/**
 * What every {@link LedgerStore} must do. Each implementation runs this suite through a subclass
 * that says how to open a store.
 */
public abstract class LedgerStoreContract {
  protected LedgerStore store;

  protected abstract LedgerStore openStore();

  @BeforeEach
  void open() {
    store = openStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private static StoreException.Reason reasonOf(Runnable action) {
    try {
      action.run();
    } catch (StoreException e) {
      return e.reason();
    }
    throw new AssertionError("expected a StoreException");
  }

  @Test
  void anEmptyStoreHasNoTip() {
    assertThat(store.tip()).isEmpty();
    assertThat(store.blockAt(0)).isEmpty();
  }

  @Test
  void appendedBlocksCanBeReadBackByHeightHashAndTransaction() {
    TestChain.extend(store, 5);
    assertThat(store.tip()).map(ChainTip::height).contains(4L);
    for (long h = 0; h <= 4; h++) {
      CommittedBlock block = store.blockAt(h).orElseThrow();
      assertThat(block.height()).isEqualTo(h);
      assertThat(store.heightOf(block.hash())).contains(h);
      for (int i = 0; i < block.txIds().size(); i++) {
        assertThat(store.locate(block.txIds().get(i))).contains(new TxLocation(h, i));
      }
      if (h > 0) {
        assertThat(block.certificate()).map(c -> c.blockHash()).contains(block.hash());
      }
    }
    assertThat(store.blockAt(5)).isEmpty();
    assertThat(store.locate(new TransactionId(HASH.digest(Bytes.utf8("nope"))))).isEmpty();
  }

  @Test
  void theTipRecordsHashAndStateRoot() {
    TestChain.Step last = TestChain.extend(store, 3);
    ChainTip tip = store.tip().orElseThrow();
    assertThat(tip.blockHash()).isEqualTo(last.block().hash());
    assertThat(tip.stateRoot()).isEqualTo(last.delta().root());
  }

  @Test
  void stateOfEveryRecentHeightIsReadableAndProvable() {
    TestChain.extend(store, 6);
    StateTree tree = new StateTree(HASH, store);
    for (long h = 0; h <= 5; h++) {
      Hash root = store.blockAt(h).orElseThrow().stateRoot();
      assertThat(tree.root(h)).isEqualTo(root);
      Bytes key = TestChain.account((h * 3) % TestChain.ACCOUNTS);
      Optional<Bytes> value = tree.get(key, h);
      assertThat(value).contains(Bytes.utf8("balance@" + h + ".0"));
      var proved = tree.prove(key, h);
      assertThat(StateProofVerifier.verify(HASH, root, key, value, proved.proof()).isValid())
          .isTrue();
    }
  }

  @Test
  void anEmptyStoreStartsAtGenesis() {
    LedgerStore elsewhere = new InMemoryLedgerStore();
    TestChain.extend(elsewhere, 1);
    TestChain.Step one = TestChain.next(elsewhere);
    assertThatThrownBy(() -> store.append(one.block(), one.delta()))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_NEXT_BLOCK);
              assertThat(e.getMessage()).contains("starts at genesis");
            });
    assertThat(store.tip()).isEmpty();
  }

  @Test
  void refusesABlockThatIsNotTheNextHeight() {
    TestChain.Step genesis = TestChain.next(store);
    store.append(genesis.block(), genesis.delta());
    TestChain.Step one = TestChain.next(store);
    store.append(one.block(), one.delta());
    TestChain.Step two = TestChain.next(store);

    // Appending block 1 again, or skipping to a later height, is refused.
    assertThat(reasonOf(() -> store.append(one.block(), one.delta())))
        .isEqualTo(StoreException.Reason.NOT_NEXT_BLOCK);
    store.append(two.block(), two.delta());
    assertThat(store.tip()).map(ChainTip::height).contains(2L);
  }

  @Test
  void refusesABlockWhoseParentIsNotTheTip() {
    TestChain.extend(store, 2);
    TestChain.Step next = TestChain.next(store);
    BlockHeader h = next.block().block().header();
    Hash otherParent = HASH.digest(Bytes.utf8("another parent"));
    Block forked =
        new Block(
            new BlockHeader(
                h.chainId(),
                h.height(),
                otherParent,
                h.timestampMillis(),
                h.proposer(),
                h.validatorSetHash(),
                h.transactionCount(),
                h.transactionsRoot(),
                h.stateRoot(),
                h.resultsRoot(),
                Optional.of(TestChain.certify(h.height() - 1, otherParent))),
            next.block().block().transactions());
    Hash forkedHash = forked.hash(HASH);
    CommittedBlock committed =
        CommittedBlock.of(forked, Optional.of(TestChain.certify(h.height(), forkedHash)), HASH);
    assertThatThrownBy(() -> store.append(committed, next.delta()))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_NEXT_BLOCK);
              assertThat(e.getMessage()).contains("names parent");
            });
    assertThat(store.tip()).map(ChainTip::height).contains(1L);
  }

  @Test
  void refusesACertificateForAnotherBlock() {
    TestChain.extend(store, 2);
    TestChain.Step next = TestChain.next(store);
    CommittedBlock wrong =
        new CommittedBlock(
            next.block().block(),
            next.block().hash(),
            Optional.of(TestChain.certify(2, HASH.digest(Bytes.utf8("other")))),
            next.block().txIds());
    assertThat(reasonOf(() -> store.append(wrong, next.delta())))
        .isEqualTo(StoreException.Reason.CERTIFICATE_MISMATCH);
    CommittedBlock none =
        new CommittedBlock(
            next.block().block(), next.block().hash(), Optional.empty(), next.block().txIds());
    assertThat(reasonOf(() -> store.append(none, next.delta())))
        .isEqualTo(StoreException.Reason.CERTIFICATE_MISMATCH);
  }

  @Test
  void refusesAStateDeltaThatDoesNotMatchTheHeader() {
    TestChain.extend(store, 2);
    TestChain.Step next = TestChain.next(store);
    var otherDelta =
        new StateTree(HASH, store)
            .apply(
                1,
                2,
                new java.util.TreeMap<>(
                    java.util.Map.of(Bytes.utf8("x"), Optional.of(Bytes.utf8("y")))));
    assertThat(reasonOf(() -> store.append(next.block(), otherDelta)))
        .isEqualTo(StoreException.Reason.STATE_MISMATCH);
    // A refused append changed nothing: the right block still goes in.
    assertThat(store.tip()).map(ChainTip::height).contains(1L);
    assertThat(store.get(otherDelta.nodes().firstKey())).isEmpty();
    store.append(next.block(), next.delta());
    assertThat(store.tip()).map(ChainTip::height).contains(2L);
  }

  @Test
  void pruningKeepsRetainedVersionsWhole() {
    TestChain.extend(store, 12);
    StateTree tree = new StateTree(HASH, store);
    int before = store.staleNodes(Long.MAX_VALUE, Integer.MAX_VALUE).size();
    var batch = tree.prune(8, 1_000_000);
    assertThat(batch.entries()).isNotEmpty();
    store.prune(batch);
    assertThat(store.staleNodes(8, Integer.MAX_VALUE)).isEmpty();
    assertThat(store.staleNodes(Long.MAX_VALUE, Integer.MAX_VALUE))
        .hasSize(before - batch.entries().size());
    for (long h = 8; h <= 11; h++) {
      for (long a = 0; a < TestChain.ACCOUNTS; a++) {
        tree.get(TestChain.account(a), h); // must not throw MissingNodeException
      }
      assertThat(tree.root(h)).isEqualTo(store.blockAt(h).orElseThrow().stateRoot());
    }
  }

  @Test
  void aClosedStoreRefusesUse() {
    TestChain.extend(store, 1);
    store.close();
    assertThat(reasonOf(() -> store.tip())).isEqualTo(StoreException.Reason.CLOSED);
    assertThat(reasonOf(() -> store.blockAt(0))).isEqualTo(StoreException.Reason.CLOSED);
    store.close(); // idempotent
    store = openStore();
  }

  @Test
  void readsSeeWholeBlocksOnly() {
    List<TestChain.Step> steps = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      TestChain.Step s = TestChain.next(store);
      store.append(s.block(), s.delta());
      steps.add(s);
      ChainTip tip = store.tip().orElseThrow();
      assertThat(store.blockAt(tip.height())).isPresent();
      assertThat(new StateTree(HASH, store).root(tip.height())).isEqualTo(tip.stateRoot());
    }
  }
}
