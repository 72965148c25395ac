package org.silkchain.node.execution;

import org.silkchain.ledger.transaction.SignedTransaction;

/**
 * The runtime that gives transactions their meaning. The execution issue will replace {@link
 * KvRuntime}; nothing else in the node knows what a payload does.
 *
 * <p>Contract: deterministic (a function of state, transaction and height); a {@link
 * TxOutcome.Rejected} outcome writes nothing to {@code state}.
 */
public interface TransactionExecutor {
  TxOutcome execute(WorkingState state, SignedTransaction tx, long height);
}
