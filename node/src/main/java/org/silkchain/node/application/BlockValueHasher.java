package org.silkchain.node.application;

import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.application.ValueHasher;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.Block;

/**
 * The consensus value id of a block: its ledger block hash (the header hash), so that commit
 * certificates name the hash the store and light clients use.
 *
 * <p>The header hash covers the transactions only through the transactions root, so the id is the
 * header hash only for bytes that decode as a block whose transactions match that root; any other
 * bytes get the opaque id {@code H(0x50 || bytes)}, which no block hash can equal (different domain
 * tag). Two byte strings with one id are therefore the same block, up to the transactions'
 * signatures, which transaction ids leave out: the driver checks those of a decided block received
 * from a peer before consensus adopts it ({@link DecidedBlockCheck}).
 */
public final class BlockValueHasher implements ValueHasher {
  private final HashFunction hash;
  private final ValueHasher opaque;

  public BlockValueHasher(HashFunction hash) {
    this.hash = hash;
    this.opaque = ValueHasher.opaque(hash);
  }

  @Override
  public Hash valueId(Bytes bytes) {
    try {
      Block block = Block.CODEC.decode(bytes);
      if (block.header().transactionCount() == block.transactions().size()
          && Block.transactionsRoot(hash, block.transactions())
              .equals(block.header().transactionsRoot())) {
        return block.hash(hash);
      }
    } catch (DecodeException e) {
      // Not a block: falls through to the opaque id.
    }
    return opaque.valueId(bytes);
  }
}
