package org.silkchain.storage;

import java.util.Optional;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.state.store.NodeStore;
import org.silkchain.state.store.PruneBatch;
import org.silkchain.state.store.StateDelta;

/**
 * The durable ledger of one node: committed blocks with their certificates, the indexes to find
 * them, and the nodes of the authenticated state tree (this store is the tree's {@link NodeStore}).
 *
 * <p>Invariant, at every moment a reader or a restarted process can observe: the tip, the block at
 * the tip's height, its hash and transaction indexes, its certificate and the state version of that
 * height are all present and agree, and nothing above the tip is. {@link #append} keeps it by
 * writing everything of a block in one atomic batch.
 *
 * <p>Implementations are safe for concurrent readers and one writer.
 */
public interface LedgerStore extends NodeStore, AutoCloseable {

  /** The last committed block, or empty for a store that has not yet committed genesis. */
  Optional<ChainTip> tip();

  /**
   * Commits {@code block} as the new tip with its state changes, atomically: afterwards either all
   * of it is stored or (after a crash) none of it. When this returns, the block survives a process
   * kill.
   *
   * @throws StoreException {@code NOT_NEXT_BLOCK} unless the block is genesis on an empty store or
   *     the tip's successor (height and parent hash); {@code CERTIFICATE_MISMATCH} unless the
   *     certificate is for this height and hash (and present, except for genesis); {@code
   *     STATE_MISMATCH} unless the delta is the block's height and ends at the header's state root.
   *     A refused append changes nothing.
   */
  void append(CommittedBlock block, StateDelta stateDelta);

  Optional<CommittedBlock> blockAt(long height);

  Optional<Long> heightOf(Hash blockHash);

  Optional<TxLocation> locate(TransactionId txId);

  /** Deletes state nodes that only versions before {@code batch.uptoVersion()} used. */
  void prune(PruneBatch batch);

  @Override
  void close();
}
