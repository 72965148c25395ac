package org.silkchain.storage.rocksdb;

import static org.silkchain.storage.StoreException.Reason.CORRUPTED;

import java.util.Optional;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.state.tree.MissingNodeException;
import org.silkchain.state.tree.StateTree;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.storage.StoreException;
import org.silkchain.storage.TxLocation;

/**
 * Checks that what a store holds hangs together: the tip's block, hash index, transaction index,
 * certificate and state root agree, parents link up, and nothing lies above the tip. Any failure is
 * {@code CORRUPTED}: a node must not build on a ledger it cannot trust.
 */
final class IntegrityCheck {
  /** How far below the tip the start-up check follows parent links. */
  static final int START_UP_DEPTH = 16;

  private final RocksDbLedgerStore store;
  private final HashFunction hash;

  IntegrityCheck(RocksDbLedgerStore store, HashFunction hash) {
    this.store = store;
    this.hash = hash;
  }

  void checkTip(Optional<ChainTip> tip) {
    check(tip, START_UP_DEPTH);
  }

  void checkChain(Optional<ChainTip> tip) {
    check(tip, Long.MAX_VALUE);
  }

  private void check(Optional<ChainTip> tip, long depth) {
    if (tip.isEmpty()) {
      if (store.anyFrom(Column.BLOCKS, Keys.height(0))) {
        throw corrupted("blocks are stored but there is no tip record");
      }
      return;
    }
    ChainTip t = tip.get();
    if (store.anyFrom(Column.BLOCKS, Keys.height(t.height() + 1))) {
      throw corrupted("a block is stored above the tip at height " + t.height());
    }
    CommittedBlock top = block(t.height());
    if (!top.hash().equals(t.blockHash())) {
      throw corrupted(
          "block "
              + t.height()
              + " hashes to "
              + top.hash()
              + " but the tip says "
              + t.blockHash());
    }
    if (!top.stateRoot().equals(t.stateRoot())) {
      throw corrupted("block " + t.height() + " state root differs from the tip record");
    }
    checkStateRoot(t);
    long lowest = Math.max(0, t.height() - Math.min(depth, t.height()));
    CommittedBlock child = top;
    checkIndexes(top);
    for (long h = t.height() - 1; h >= lowest; h--) {
      CommittedBlock parent = block(h);
      if (!child.block().header().previousHash().equals(parent.hash())) {
        throw corrupted("block " + (h + 1) + " does not link to block " + h);
      }
      checkIndexes(parent);
      child = parent;
    }
  }

  private void checkStateRoot(ChainTip t) {
    Hash root;
    try {
      root = new StateTree(hash, store).root(t.height());
    } catch (MissingNodeException e) {
      throw corrupted("the state of height " + t.height() + " is missing: " + e.getMessage());
    } catch (org.silkchain.codec.DecodeException e) {
      throw corrupted("the state root node does not decode: " + e.getMessage());
    }
    if (!root.equals(t.stateRoot())) {
      throw corrupted(
          "the state tree of height "
              + t.height()
              + " has root "
              + root
              + ", the tip says "
              + t.stateRoot());
    }
  }

  private void checkIndexes(CommittedBlock block) {
    long height = block.height();
    if (!store.heightOf(block.hash()).equals(Optional.of(height))) {
      throw corrupted("the hash index does not point to block " + height);
    }
    if (height > 0) {
      var cert =
          block
              .certificate()
              .orElseThrow(() -> corrupted("block " + height + " has no certificate"));
      if (cert.height() != height || !cert.blockHash().equals(block.hash())) {
        throw corrupted("the certificate stored for block " + height + " is for another block");
      }
    }
    for (int i = 0; i < block.txIds().size(); i++) {
      if (!store.locate(block.txIds().get(i)).equals(Optional.of(new TxLocation(height, i)))) {
        throw corrupted("transaction " + i + " of block " + height + " is not indexed");
      }
    }
  }

  private CommittedBlock block(long height) {
    return store
        .blockAt(height)
        .orElseThrow(() -> corrupted("block " + height + " is missing below the tip"));
  }

  private static StoreException corrupted(String detail) {
    return new StoreException(CORRUPTED, "refusing to use this ledger store: " + detail);
  }
}
