package org.silkchain.node;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.crypto.KeyPair;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.application.ChainState;
import org.silkchain.node.application.LedgerApplication;
import org.silkchain.node.config.MempoolSettings;
import org.silkchain.node.execution.BlockExecutor;
import org.silkchain.node.execution.NodeRuntime;
import org.silkchain.node.execution.SignatureCache;
import org.silkchain.node.genesis.ConsortiumGenerator;
import org.silkchain.node.genesis.ConsortiumSpec;
import org.silkchain.node.genesis.Genesis;
import org.silkchain.node.genesis.GenesisLedger;
import org.silkchain.node.genesis.MemberKeys;
import org.silkchain.node.mempool.Mempool;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.state.tree.StateTree;
import org.silkchain.storage.InMemoryLedgerStore;
import org.silkchain.trade.kv.KvPut;

/** A genesis-initialized in-memory ledger with the node's execution parts, for unit tests. */
public final class TestLedger {
  public final ConsortiumSpec spec;
  public final Map<String, MemberKeys> keys;
  public final Genesis genesis;
  public final InMemoryLedgerStore store = new InMemoryLedgerStore();
  public final StateTree tree;
  public final ChainState chain;
  public final SignatureCache signatures = new SignatureCache(1000);
  public final Runtime runtime;
  public final BlockExecutor executor;

  /** Every state delta stored, genesis first: all the state nodes a validator keeps on disk. */
  public final List<org.silkchain.state.store.StateDelta> deltas = new java.util.ArrayList<>();

  public TestLedger(ConsortiumSpec spec) {
    this(spec, List.of());
  }

  /** A ledger whose runtime has the trade modules plus {@code extra} (test-only modules). */
  public TestLedger(ConsortiumSpec spec, List<org.silkchain.runtime.module.TradeModule> extra) {
    this.spec = spec;
    this.keys = ConsortiumGenerator.generateKeys(spec, new SecureRandom());
    this.genesis = ConsortiumGenerator.assemble(spec, keys, 40000, "127.0.0.1");
    this.tree = new StateTree(genesis.hashFunction(), store);
    GenesisLedger.Initial initial = GenesisLedger.build(genesis, tree);
    store.append(initial.block(), initial.delta());
    deltas.add(initial.delta());
    this.chain = new ChainState(store, tree);
    if (extra.isEmpty()) {
      this.runtime = NodeRuntime.create(genesis.chainId(), genesis.signatureSuite(), signatures);
    } else {
      List<org.silkchain.runtime.module.TradeModule> modules =
          new java.util.ArrayList<>(org.silkchain.trade.TradeModules.all());
      modules.addAll(extra);
      var suite = genesis.signatureSuite();
      this.runtime =
          new Runtime(
              genesis.chainId(),
              genesis.hashFunction(),
              org.silkchain.runtime.module.ModuleRegistry.of(modules),
              org.silkchain.runtime.execution.ExecutionLimits.DEFAULT,
              tx -> signatures.verify(tx, tx.id(genesis.hashFunction()), suite));
    }
    this.executor = new BlockExecutor(tree, runtime);
  }

  /** Two validators (bank-1, bank-2) and a trader, from the test members file. */
  public static TestLedger create() throws Exception {
    return create(2);
  }

  /** {@code validators} validators (bank-1...) and a trader. */
  public static TestLedger create(int validators) throws Exception {
    return create(validators, List.of());
  }

  /** As {@link #create(int)}, the runtime also running {@code extra} modules. */
  public static TestLedger create(
      int validators, List<org.silkchain.runtime.module.TradeModule> extra) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("members", ".yaml");
    try {
      java.nio.file.Files.writeString(file, TestConsortium.membersYaml(validators));
      return new TestLedger(org.silkchain.node.genesis.MembersFile.read(file), extra);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  public KeyPair signer(String member) {
    return keys.get(member).signing();
  }

  public AccountId account(String member) {
    return AccountId.fromInitialKeys(genesis.hashFunction(), List.of(signer(member).publicKey()));
  }

  public SignedTransaction put(String member, long nonce, String key, String value) {
    return new KvPut(key, Bytes.utf8(value))
        .sign(genesis.chainId(), signer(member), nonce, new ValidityWindow(0, 1000));
  }

  /**
   * Appends a block of {@code txs} at the next height, with a placeholder certificate (the
   * in-memory store checks only that it names the block), as if another node had decided it.
   */
  public org.silkchain.storage.CommittedBlock commit(List<SignedTransaction> txs) {
    long height = chain.tip().height() + 1;
    var run = executor.execute(height, genesis.genesisTime() + height, txs).executed();
    var header =
        new org.silkchain.ledger.block.BlockHeader(
            genesis.chainId(),
            height,
            chain.tip().blockHash(),
            genesis.genesisTime() + height,
            genesis.validators().get(0).nodeKey(),
            GenesisLedger.validatorSetHash(genesis.hashFunction(), genesis.validatorSet()),
            txs.size(),
            org.silkchain.ledger.block.Block.transactionsRoot(genesis.hashFunction(), txs),
            run.stateRoot(),
            run.resultsRoot(),
            java.util.Optional.empty());
    var block = new org.silkchain.ledger.block.Block(header, txs);
    var certificate =
        new org.silkchain.ledger.block.CommitCertificate(
            height, 0, block.hash(genesis.hashFunction()), List.of());
    var committed =
        org.silkchain.storage.CommittedBlock.of(
            block, java.util.Optional.of(certificate), genesis.hashFunction());
    store.append(committed, run.delta());
    deltas.add(run.delta());
    return committed;
  }

  public Mempool mempool(MempoolSettings settings) {
    return new Mempool(settings, genesis.chainId(), runtime, chain);
  }

  public LedgerApplication application(Mempool mempool, String proposer, long clock) {
    return new LedgerApplication(
        genesis.chainId(),
        genesis.hashFunction(),
        chain,
        executor,
        mempool,
        keys.get(proposer).node().orElseThrow().publicKey(),
        () -> clock,
        new CommitCertificateVerifier(
            genesis.chainId().value(), SignatureVerifier.bySuite(), QuorumRule.BYZANTINE),
        ValidatorSchedule.genesis(genesis.validatorSet()));
  }
}
