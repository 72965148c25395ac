package org.silkchain.node.execution;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.runtime.execution.ExecutionLimits;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.runtime.module.ModuleRegistry;
import org.silkchain.runtime.module.TradeModule;
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
    return create(chainId, suite, signatures, List.of());
  }

  /**
   * As {@link #create(ChainId, SignatureSuite, SignatureCache)} with {@code extra} modules after
   * the trade modules: for in-process tests that need an action no production module offers yet.
   */
  public static Runtime create(
      ChainId chainId, SignatureSuite suite, SignatureCache signatures, List<TradeModule> extra) {
    HashFunction hash = suite.hash();
    List<TradeModule> modules = new ArrayList<>(TradeModules.all());
    modules.addAll(extra);
    return new Runtime(
        chainId,
        hash,
        ModuleRegistry.of(modules),
        ExecutionLimits.DEFAULT,
        tx -> signatures.verify(tx, tx.id(hash), suite));
  }
}
