package org.silkchain.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.state.store.InMemoryNodeStore;
import org.silkchain.state.store.PruneBatch;
import org.silkchain.state.store.StaleNode;
import org.silkchain.state.store.StateDelta;

/**
 * A {@link LedgerStore} in memory, for tests and simulations. It passes the same contract suite as
 * the RocksDB store; "durable" here means "until the object is dropped". The hash maps are
 * lookup-only and never iterated, so their order cannot leak into anything.
 */
public final class InMemoryLedgerStore implements LedgerStore {
  private final TreeMap<Long, CommittedBlock> blocks = new TreeMap<>();
  private final Map<Hash, Long> heights = new HashMap<>();
  private final Map<TransactionId, TxLocation> transactions = new HashMap<>();
  private final InMemoryNodeStore nodes = new InMemoryNodeStore();
  private ChainTip tip;
  private boolean closed;

  @Override
  public synchronized Optional<ChainTip> tip() {
    ensureOpen();
    return Optional.ofNullable(tip);
  }

  @Override
  public synchronized void append(CommittedBlock block, StateDelta stateDelta) {
    ensureOpen();
    AppendRules.check(Optional.ofNullable(tip), block, stateDelta);
    long height = block.height();
    nodes.apply(stateDelta);
    blocks.put(height, block);
    heights.put(block.hash(), height);
    for (int i = 0; i < block.txIds().size(); i++) {
      transactions.put(block.txIds().get(i), new TxLocation(height, i));
    }
    tip = new ChainTip(height, block.hash(), block.stateRoot());
  }

  @Override
  public synchronized Optional<CommittedBlock> blockAt(long height) {
    ensureOpen();
    return Optional.ofNullable(blocks.get(height));
  }

  @Override
  public synchronized Optional<Long> heightOf(Hash blockHash) {
    ensureOpen();
    return Optional.ofNullable(heights.get(blockHash));
  }

  @Override
  public synchronized Optional<TxLocation> locate(TransactionId txId) {
    ensureOpen();
    return Optional.ofNullable(transactions.get(txId));
  }

  @Override
  public synchronized void prune(PruneBatch batch) {
    ensureOpen();
    nodes.apply(batch);
  }

  @Override
  public synchronized Optional<Bytes> get(Bytes nodeKey) {
    ensureOpen();
    return nodes.get(nodeKey);
  }

  @Override
  public synchronized List<StaleNode> staleNodes(long uptoVersion, int limit) {
    ensureOpen();
    return nodes.staleNodes(uptoVersion, limit);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException(StoreException.Reason.CLOSED, "store is closed");
    }
  }
}
