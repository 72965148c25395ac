package org.silkchain.storage;

/** Where a committed transaction is: the block height and its index in that block. */
public record TxLocation(long height, int index) {
  public TxLocation {
    if (height < 0 || index < 0) {
      throw new IllegalArgumentException("negative height or index");
    }
  }
}
