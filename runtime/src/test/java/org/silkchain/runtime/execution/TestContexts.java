package org.silkchain.runtime.execution;

import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.runtime.state.Overlay;

/** Execution contexts for tests of code that modules call (registries, ledgers) without a tx. */
public final class TestContexts {
  private TestContexts() {}

  /** A context at {@code height} whose reads and writes go to {@code overlay}. */
  public static ExecutionContext over(
      Overlay overlay, AccountId sender, long height, HashFunction hash) {
    return new ExecutionContext(
        sender,
        List.of(),
        new TransactionId(hash.digest(Bytes.utf8("test-tx-" + height))),
        new BlockInfo(height, 1_000 * height),
        0,
        hash,
        ExecutionLimits.DEFAULT,
        overlay);
  }

  /** The events {@code ctx} emitted so far. */
  public static List<org.silkchain.runtime.receipt.Event> events(ExecutionContext ctx) {
    return ctx.events();
  }
}
