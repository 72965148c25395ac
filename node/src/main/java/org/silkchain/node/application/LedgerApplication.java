package org.silkchain.node.application;

import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.application.Application;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.application.ProposalVerdict;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.validation.ValidationResult;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.consensus.validator.ValidatorUpdate;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.node.execution.BlockExecutor;
import org.silkchain.node.execution.ExecutedBlock;
import org.silkchain.node.genesis.GenesisLedger;
import org.silkchain.node.mempool.Mempool;
import org.silkchain.node.validators.RegistrySchedule;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.CommittedBlock;

/**
 * The consensus {@link Application} over the ledger: blocks are {@link Block} encodings, executed
 * by a {@link BlockExecutor} (the execution runtime with the trade modules) on the committed state.
 *
 * <ul>
 *   <li>{@link #prepareProposal}: mempool transactions in fair order, executed (the runtime's
 *       {@code startBlock}/{@code add}, skipping those that cannot be included) to fill in the
 *       state and results roots. The timestamp is the wall clock, raised to one past the parent's
 *       if the clock is behind: the only clock reading in block production, and validators only
 *       check that it increases (a deterministic rule).
 *   <li>{@link #processProposal}: decodes and checks the block against our tip (height, chain,
 *       parent, parent commit, validator set, proposer, timestamp, structure), re-executes it and
 *       compares both roots. The execution is cached by block hash for finalization.
 *   <li>{@link #finalizeBlock}: appends the block, its certificate and its state delta to the store
 *       in one synced batch, then updates the mempool. If the block changed the validator registry,
 *       it returns the difference as validator updates (see {@link RegistrySchedule}), which the
 *       engine and this application both apply two heights later. A decided block that does not
 *       execute to its header is a fatal inconsistency ({@link IllegalStateException}).
 * </ul>
 *
 * <p>Called only from the consensus driver's thread.
 */
public final class LedgerApplication implements Application {
  private static final System.Logger LOG = System.getLogger(LedgerApplication.class.getName());

  /** Cached executions kept at most (a few rounds' proposals of the current height). */
  private static final int CACHE_SIZE = 16;

  private final ChainId chainId;
  private final HashFunction hash;
  private final ChainState chain;
  private final BlockExecutor executor;
  private final Mempool mempool;
  private final PublicKey me;
  private final LongSupplier wallClock;
  private final CommitCertificateVerifier certificates;
  private volatile ValidatorSchedule schedule;
  private volatile Consumer<List<ValidatorRegistry.Entry>> onValidatorsChanged = entries -> {};
  private final Map<Hash, ExecutedBlock> executed = new LinkedHashMap<>();

  public LedgerApplication(
      ChainId chainId,
      HashFunction hash,
      ChainState chain,
      BlockExecutor executor,
      Mempool mempool,
      PublicKey me,
      LongSupplier wallClock,
      CommitCertificateVerifier certificates,
      ValidatorSchedule schedule) {
    this.chainId = chainId;
    this.hash = hash;
    this.chain = chain;
    this.executor = executor;
    this.mempool = mempool;
    this.me = me;
    this.wallClock = wallClock;
    this.certificates = certificates;
    this.schedule = schedule;
  }

  /**
   * Called on the driver's thread with the registry's new entries after a block that changed it was
   * stored (the node pins new validators' certificates and dials them).
   */
  public void onValidatorsChanged(Consumer<List<ValidatorRegistry.Entry>> listener) {
    this.onValidatorsChanged = listener;
  }

  /** The schedule this application checks headers and parent commits against. */
  public ValidatorSchedule schedule() {
    return schedule;
  }

  @Override
  public Bytes prepareProposal(long height, int maxBlockBytes) {
    ChainTip tip = requireParentOf(height);
    CommittedBlock parent = chain.store().blockAt(tip.height()).orElseThrow();
    Optional<CommitCertificate> parentCommit =
        height == 1 ? Optional.empty() : parent.certificate();
    ValidatorSet validators = schedule.setAt(height);
    // Room for the header: the parent commit holds one signature (~100 bytes) per validator.
    long budget = maxBlockBytes - 8192L - 128L * validators.size();
    List<SignedTransaction> candidates = mempool.reap(Block.MAX_TRANSACTIONS, chain::nonceOf);
    // The timestamp comes first: execution sees it as the block time.
    long timestamp = Math.max(wallClock.getAsLong(), parent.block().header().timestampMillis() + 1);
    ExecutedBlock run = executor.select(height, timestamp, candidates, budget);
    BlockHeader header =
        new BlockHeader(
            chainId,
            height,
            tip.blockHash(),
            timestamp,
            me,
            GenesisLedger.validatorSetHash(hash, validators),
            run.transactions().size(),
            Block.transactionsRoot(hash, run.transactions()),
            run.stateRoot(),
            run.resultsRoot(),
            parentCommit);
    Block block = new Block(header, run.transactions());
    remember(block.hash(hash), run);
    return block.encode();
  }

  @Override
  public ProposalVerdict processProposal(long height, Bytes block) {
    ProposalCheck check = check(height, block);
    if (check != ProposalCheck.ACCEPTED) {
      LOG.log(Level.WARNING, "rejected proposed block at height {0}: {1}", height, check);
      return ProposalVerdict.REJECT;
    }
    return ProposalVerdict.ACCEPT;
  }

  /** {@link #processProposal} with the reason. */
  public ProposalCheck check(long height, Bytes encoded) {
    Block block;
    try {
      block = Block.CODEC.decode(encoded);
    } catch (DecodeException e) {
      return ProposalCheck.MALFORMED;
    }
    BlockHeader h = block.header();
    ChainTip tip = chain.tip();
    if (h.height() != height || height != tip.height() + 1) {
      return ProposalCheck.WRONG_HEIGHT;
    }
    if (!h.chainId().equals(chainId)) {
      return ProposalCheck.WRONG_CHAIN;
    }
    if (!h.previousHash().equals(tip.blockHash())) {
      return ProposalCheck.WRONG_PARENT;
    }
    if (height > 1
        && !(certificates.verify(h.parentCommit().orElseThrow(), schedule)
            instanceof ValidationResult.Accepted)) {
      return ProposalCheck.BAD_PARENT_COMMIT;
    }
    ValidatorSet validators = schedule.setAt(height);
    if (!h.validatorSetHash().equals(GenesisLedger.validatorSetHash(hash, validators))) {
      return ProposalCheck.WRONG_VALIDATOR_SET;
    }
    if (!validators.contains(h.proposer())) {
      return ProposalCheck.WRONG_PROPOSER;
    }
    CommittedBlock parent = chain.store().blockAt(tip.height()).orElseThrow();
    if (h.timestampMillis() <= parent.block().header().timestampMillis()) {
      return ProposalCheck.TIMESTAMP_NOT_INCREASING;
    }
    if (!block.verifyStructure(hash).isValid()) {
      return ProposalCheck.BAD_STRUCTURE;
    }
    Hash blockHash = block.hash(hash);
    ExecutedBlock run = cached(blockHash);
    if (run == null) {
      BlockExecutor.Outcome outcome =
          executor.execute(height, h.timestampMillis(), block.transactions());
      if (!outcome.isValid()) {
        return ProposalCheck.INVALID_TRANSACTION;
      }
      run = outcome.executed();
    }
    if (!run.stateRoot().equals(h.stateRoot())) {
      return ProposalCheck.STATE_ROOT_MISMATCH;
    }
    if (!run.resultsRoot().equals(h.resultsRoot())) {
      return ProposalCheck.RESULTS_ROOT_MISMATCH;
    }
    remember(blockHash, run);
    return ProposalCheck.ACCEPTED;
  }

  @Override
  public FinalizeResult finalizeBlock(long height, Bytes encoded, CommitCertificate certificate) {
    requireParentOf(height);
    Block block = Block.CODEC.decode(encoded);
    Hash blockHash = block.hash(hash);
    ExecutedBlock run = cached(blockHash);
    if (run == null) {
      BlockExecutor.Outcome outcome =
          executor.execute(height, block.header().timestampMillis(), block.transactions());
      if (!outcome.isValid()) {
        throw new IllegalStateException(
            "decided block " + height + " has an invalid transaction: " + outcome.invalid());
      }
      run = outcome.executed();
    }
    if (!run.stateRoot().equals(block.header().stateRoot())
        || !run.resultsRoot().equals(block.header().resultsRoot())) {
      throw new IllegalStateException(
          "decided block " + height + " does not execute to the roots of its header");
    }
    CommittedBlock committed = CommittedBlock.of(block, Optional.of(certificate), hash);
    chain.store().append(committed, run.delta());
    synchronized (executed) {
      executed.clear();
    }
    mempool.onBlockCommitted(committed.txIds());
    return new FinalizeResult(run.stateRoot(), validatorUpdates(height));
  }

  /**
   * The updates block {@code height} made to the registry, applied to our schedule exactly as the
   * engine applies them to its own (from {@code height + ACTIVATION_DELAY}).
   */
  private List<ValidatorUpdate> validatorUpdates(long height) {
    StateAccess before = chain.stateAt(height - 1);
    StateAccess after = chain.stateAt(height);
    if (RegistrySchedule.raw(before).equals(RegistrySchedule.raw(after))) {
      return List.of();
    }
    List<ValidatorRegistry.Entry> now = ValidatorRegistry.entries(after);
    List<ValidatorUpdate> updates =
        RegistrySchedule.updates(ValidatorRegistry.entries(before), now);
    schedule = schedule.afterFinalize(height, updates);
    LOG.log(
        Level.INFO,
        "block {0} changed the validator set: {1}, effective at height {2}",
        height,
        updates,
        height + ValidatorSchedule.ACTIVATION_DELAY);
    onValidatorsChanged.accept(now);
    return updates;
  }

  @Override
  public void commit(long height) {
    // finalizeBlock already made the block durable, atomically with its state.
  }

  private ChainTip requireParentOf(long height) {
    ChainTip tip = chain.tip();
    if (tip.height() != height - 1) {
      throw new IllegalStateException(
          "asked about height " + height + " while the tip is " + tip.height());
    }
    return tip;
  }

  private ExecutedBlock cached(Hash blockHash) {
    synchronized (executed) {
      return executed.get(blockHash);
    }
  }

  private void remember(Hash blockHash, ExecutedBlock run) {
    synchronized (executed) {
      executed.put(blockHash, run);
      if (executed.size() > CACHE_SIZE) {
        executed.remove(executed.keySet().iterator().next());
      }
    }
  }
}
