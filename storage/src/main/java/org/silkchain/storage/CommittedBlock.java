package org.silkchain.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionId;

/**
 * A decided block with its own commit certificate (the next block's header carries it again, but
 * the tip has no next block yet) and the derived values the store indexes. Genesis alone has no
 * certificate: every node builds it from the same configuration instead of deciding it.
 */
public record CommittedBlock(
    Block block, Hash hash, Optional<CommitCertificate> certificate, List<TransactionId> txIds) {

  public CommittedBlock {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(hash, "hash");
    txIds = List.copyOf(txIds);
    if (txIds.size() != block.transactions().size()) {
      throw new IllegalArgumentException("one transaction id per transaction");
    }
  }

  /** Derives the hash and transaction ids with the network's hash function. */
  public static CommittedBlock of(
      Block block, Optional<CommitCertificate> certificate, HashFunction hash) {
    List<TransactionId> ids = new ArrayList<>(block.transactions().size());
    for (SignedTransaction tx : block.transactions()) {
      ids.add(tx.id(hash));
    }
    return new CommittedBlock(block, block.hash(hash), certificate, ids);
  }

  public long height() {
    return block.header().height();
  }

  public Hash stateRoot() {
    return block.header().stateRoot();
  }
}
