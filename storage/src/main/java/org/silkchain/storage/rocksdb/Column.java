package org.silkchain.storage.rocksdb;

import java.nio.charset.StandardCharsets;

/**
 * The column families of a node's database, and what their keys and values are. Heights are 8 bytes
 * big-endian so that key order is height order.
 */
enum Column {
  /** {@code "tip"} -> {@link org.silkchain.storage.ChainTip}; the commit point of each batch. */
  META("default"),
  /** height -> {@link org.silkchain.ledger.block.Block} encoding. */
  BLOCKS("blocks"),
  /** height -> the block's own {@link org.silkchain.ledger.block.CommitCertificate}. */
  CERTIFICATES("certificates"),
  /** block hash -> height. */
  BLOCK_HASHES("block_hashes"),
  /** transaction id -> height (8 bytes) || index (4 bytes). */
  TRANSACTIONS("transactions"),
  /** state-tree node key -> encoded node (see {@code org.silkchain.state.store.NodeKey}). */
  STATE_NODES("state_nodes"),
  /** stale-since version || node key -> empty (see {@code StaleNode}). */
  STATE_STALE("state_stale");

  final String familyName;

  Column(String familyName) {
    this.familyName = familyName;
  }

  byte[] nameBytes() {
    return familyName.getBytes(StandardCharsets.UTF_8);
  }
}
