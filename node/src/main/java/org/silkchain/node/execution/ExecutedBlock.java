package org.silkchain.node.execution;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.merkle.MerkleTree;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.state.store.StateDelta;

/**
 * Transactions executed on top of the parent state: their receipts (block order), and the state
 * delta to store with the block ({@code delta.root()} is the block's state root).
 */
public record ExecutedBlock(
    long height,
    List<SignedTransaction> transactions,
    List<Receipt> receipts,
    Hash resultsRoot,
    StateDelta delta) {
  public ExecutedBlock {
    transactions = List.copyOf(transactions);
    receipts = List.copyOf(receipts);
  }

  public Hash stateRoot() {
    return delta.root();
  }

  /**
   * The header's {@code resultsRoot}: the Merkle root whose leaves are the canonical encodings of
   * the receipts, in block order. It commits to each transaction's code, message, events and cost,
   * so a light client can prove a receipt against a header.
   */
  public static Hash resultsRoot(HashFunction hash, List<Receipt> receipts) {
    List<Bytes> leaves = new ArrayList<>(receipts.size());
    for (Receipt r : receipts) {
      leaves.add(Receipt.CODEC.encode(r));
    }
    return MerkleTree.root(hash, leaves);
  }
}
