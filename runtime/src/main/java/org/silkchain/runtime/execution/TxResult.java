package org.silkchain.runtime.execution;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.runtime.result.ResultCode;

/** What executing one transaction on a state gave. */
public sealed interface TxResult {
  /**
   * The transaction may not be in a block at this height (wrong chain, window, nonce, signatures,
   * unknown or frozen sender, too large); it changed nothing, not even the nonce.
   */
  record Invalid(ResultCode code, String message) implements TxResult {}

  /**
   * The transaction executes: its receipt (OK or a failure code) and its state writes in key order
   * (a deletion is an empty value). A failed receipt's writes are only the consumed nonce and the
   * receipt itself.
   */
  record Executed(Receipt receipt, SortedMap<Bytes, Optional<Bytes>> writes) implements TxResult {
    public Executed {
      writes = Collections.unmodifiableSortedMap(new TreeMap<>(writes));
    }
  }
}
