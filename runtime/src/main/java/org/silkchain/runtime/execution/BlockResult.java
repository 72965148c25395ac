package org.silkchain.runtime.execution;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.runtime.receipt.Receipt;

/**
 * A block's execution: the receipts of its transactions in block order and all state writes in key
 * order, ready for {@code StateTree.apply}.
 */
public record BlockResult(List<Receipt> receipts, SortedMap<Bytes, Optional<Bytes>> writes) {
  public BlockResult {
    receipts = List.copyOf(receipts);
    writes = Collections.unmodifiableSortedMap(new TreeMap<>(writes));
  }
}
