package org.silkchain.node.execution;

import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.runtime.execution.ExecutionLimits;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.trade.TradeModules;

/**
 * The execution runtime a node runs: the trade modules ({@link TradeModules#registry()}, the {@code
 * kv} module of the node contract included), default limits, and signatures checked through the
 * node's {@link SignatureCache}, so that a transaction verified on admission is not verified again
 * when its block executes.
 */
public final class NodeRuntime {
  private NodeRuntime() {}

  public static Runtime create(ChainId chainId, SignatureSuite suite, SignatureCache signatures) {
    HashFunction hash = suite.hash();
    return new Runtime(
        chainId,
        hash,
        TradeModules.registry(),
        ExecutionLimits.DEFAULT,
        tx -> signatures.verify(tx, tx.id(hash), suite));
  }
}
