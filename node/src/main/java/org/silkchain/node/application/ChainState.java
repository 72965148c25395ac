package org.silkchain.node.application;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.node.mempool.AccountView;
import org.silkchain.runtime.account.AccountRecord;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.state.tree.StateTree;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.LedgerStore;

/**
 * Reads of the committed chain: the tip and the state at the tip. Safe from any thread (the store
 * publishes a block and its state version atomically, and versions are never overwritten).
 */
public final class ChainState implements AccountView {
  private final LedgerStore store;
  private final StateTree tree;

  public ChainState(LedgerStore store, StateTree tree) {
    this.store = store;
    this.tree = tree;
  }

  public ChainTip tip() {
    return store.tip().orElseThrow(() -> new IllegalStateException("genesis is not stored"));
  }

  public LedgerStore store() {
    return store;
  }

  public StateTree tree() {
    return tree;
  }

  /** The value of {@code key} in the state after the tip. */
  public Optional<Bytes> get(Bytes key) {
    return tree.get(key, tip().height());
  }

  /** The state after block {@code height} (a fixed version: stable while the tip moves). */
  public StateAccess stateAt(long height) {
    return key -> tree.get(key, height);
  }

  @Override
  public StateAccess committedState() {
    return stateAt(tip().height());
  }

  /** The account's next nonce, or {@code Long.MAX_VALUE} for no account (nothing can follow). */
  public long nonceOf(AccountId id) {
    return account(id).map(AccountRecord::nonce).orElse(Long.MAX_VALUE);
  }

  @Override
  public long committedTimeMillis() {
    return timeAt(tip().height());
  }

  /** The time of the block at {@code height} (Unix ms), 0 if it is not stored. */
  public long timeAt(long height) {
    return store.blockAt(height).map(b -> b.block().header().timestampMillis()).orElse(0L);
  }

  @Override
  public long nextHeight() {
    return tip().height() + 1;
  }
}
