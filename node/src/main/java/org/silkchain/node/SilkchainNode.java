package org.silkchain.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.signing.KeyPairSigner;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.consensus.statemachine.EngineConfig;
import org.silkchain.consensus.statemachine.TendermintEngine;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.network.NetworkConfig;
import org.silkchain.network.NetworkLimits;
import org.silkchain.network.PeerId;
import org.silkchain.network.PeerNetwork;
import org.silkchain.network.netty.NettyPeerNetwork;
import org.silkchain.node.api.NodeApi;
import org.silkchain.node.api.NodeView;
import org.silkchain.node.application.BlockValueHasher;
import org.silkchain.node.application.ChainState;
import org.silkchain.node.application.DecidedBlockCheck;
import org.silkchain.node.application.LedgerApplication;
import org.silkchain.node.config.NodeConfig;
import org.silkchain.node.driver.ConsensusDriver;
import org.silkchain.node.driver.DriverStatus;
import org.silkchain.node.driver.SigningStateFile;
import org.silkchain.node.execution.BlockExecutor;
import org.silkchain.node.execution.NodeRuntime;
import org.silkchain.node.execution.SignatureCache;
import org.silkchain.node.genesis.Genesis;
import org.silkchain.node.genesis.GenesisException;
import org.silkchain.node.genesis.GenesisJson;
import org.silkchain.node.genesis.GenesisValidator;
import org.silkchain.node.logging.LogContext;
import org.silkchain.node.mempool.Mempool;
import org.silkchain.node.mempool.TransactionGossip;
import org.silkchain.node.validators.PeerDirectory;
import org.silkchain.node.validators.RegistrySchedule;
import org.silkchain.runtime.execution.Runtime;
import org.silkchain.runtime.module.TradeModule;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.state.tree.StateTree;
import org.silkchain.storage.StoreException;
import org.silkchain.storage.rocksdb.RocksDbLedgerStore;

/**
 * One running validator node: store, consensus driver, application, mempool, peer network and HTTP
 * API. {@link #start} brings it up or refuses with a one-line {@link StartupException}; {@link
 * #close} shuts it down in order (API, network, consensus after its current step, store).
 *
 * <p>Data directory: {@code ledger/} (RocksDB) and {@code signing-state}.
 */
public final class SilkchainNode implements NodeView, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SilkchainNode.class.getName());
  private static final int INBOUND_CONSENSUS_CAPACITY = 10_000;
  private static final int INBOUND_TRANSACTION_CAPACITY = 10_000;

  private final NodeConfig config;
  private final Genesis genesis;
  private final PublicKey nodeKey;
  private final List<TradeModule> extraModules;
  private final List<AutoCloseable> resources = new ArrayList<>();
  private final CompletableFuture<Throwable> failure = new CompletableFuture<>();
  private ChainState chain;
  private Mempool mempool;
  private Runtime runtime;
  private TransactionGossip gossip;
  private ConsensusDriver driver;
  private PeerNetwork network;
  private NodeApi api;
  private boolean closed;

  private SilkchainNode(
      NodeConfig config, Genesis genesis, PublicKey nodeKey, List<TradeModule> extraModules) {
    this.extraModules = List.copyOf(extraModules);
    this.config = config;
    this.genesis = genesis;
    this.nodeKey = nodeKey;
  }

  /** Starts a node, or refuses with the reason. */
  public static SilkchainNode start(NodeConfig config) throws StartupException {
    return start(config, List.of());
  }

  /**
   * Starts a node whose runtime also runs {@code extraModules} (in-process tests of features whose
   * production module is elsewhere); every node of a network must run the same ones.
   */
  static SilkchainNode start(NodeConfig config, List<TradeModule> extraModules)
      throws StartupException {
    Genesis genesis;
    try {
      genesis = GenesisJson.read(config.genesisFile());
    } catch (GenesisException e) {
      throw new StartupException(e.getMessage());
    }
    if (genesis.member(config.member()).isEmpty()) {
      throw new StartupException("member '" + config.member() + "' is not in the genesis");
    }
    // A member without a genesis validator runs a node admitted later by the registry.
    Optional<GenesisValidator> self = genesis.validator(config.member());
    NodeIdentity identity = NodeIdentity.open(config, self);
    LogContext.node(config.member());
    SilkchainNode node =
        new SilkchainNode(config, genesis, identity.nodeKey().publicKey(), extraModules);
    try {
      node.boot(identity);
      return node;
    } catch (StartupException | RuntimeException e) {
      node.close();
      throw e;
    }
  }

  private void boot(NodeIdentity identity) throws StartupException {
    HashFunction hash = genesis.hashFunction();
    RocksDbLedgerStore store = StoreOpening.open(config.dataDir().resolve("ledger"), hash);
    resources.add(store);
    StateTree tree = new StateTree(hash, store);
    StoreOpening.ensureGenesis(store, genesis);
    chain = new ChainState(store, tree);

    SigningStateFile signingFile = new SigningStateFile(config.dataDir());
    SigningState signing;
    try {
      signing = signingFile.load();
    } catch (IOException e) {
      throw new StartupException("cannot use the signing state: " + e.getMessage());
    }

    SignatureCache signatures = new SignatureCache(50_000);
    runtime =
        NodeRuntime.create(genesis.chainId(), genesis.signatureSuite(), signatures, extraModules);
    mempool = new Mempool(config.mempool(), genesis.chainId(), runtime, chain);
    // Rebuilt from durable state, so a restarted node agrees on the sets of the heights ahead.
    ValidatorSchedule schedule =
        RegistrySchedule.resume(chain.tip().height(), chain::stateAt, genesis.validatorSet());
    EngineConfig engineConfig =
        new EngineConfig(
            genesis.chainId().value(),
            config.consensus().timeouts(),
            QuorumRule.BYZANTINE,
            new BlockValueHasher(hash),
            SignatureVerifier.bySuite(),
            config.consensus().maxBlockBytes(),
            16,
            16);
    LedgerApplication application =
        new LedgerApplication(
            genesis.chainId(),
            hash,
            chain,
            new BlockExecutor(tree, runtime),
            mempool,
            nodeKey,
            System::currentTimeMillis,
            new CommitCertificateVerifier(
                genesis.chainId().value(), SignatureVerifier.bySuite(), QuorumRule.BYZANTINE),
            schedule);
    long next = chain.tip().height() + 1;
    TendermintEngine engine =
        new TendermintEngine(
            engineConfig, schedule, new KeyPairSigner(identity.nodeKey()), signing, next);

    try {
      api =
          new NodeApi(
              new InetSocketAddress(config.apiListen().host(), config.apiListen().port()), this);
    } catch (IOException e) {
      throw new StartupException("cannot listen for the API on " + config.apiListen() + ": " + e);
    }
    resources.add(api);
    PeerDirectory directory = new PeerDirectory(genesis, config.peers(), nodeKey);
    network =
        NettyPeerNetwork.create(
            networkConfig(identity, directory, ValidatorRegistry.entries(chain.committedState())));
    application.onValidatorsChanged(entries -> admit(directory, entries));
    PeerWiring wiring = new PeerWiring(network);
    DecidedBlockCheck decisionCheck = new DecidedBlockCheck(genesis.signatureSuite(), signatures);
    driver =
        new ConsensusDriver(
            engine,
            application,
            signingFile,
            wiring,
            store,
            d -> decisionCheck.problem(d.block()),
            new ConsensusDriver.Settings(
                INBOUND_CONSENSUS_CAPACITY, config.consensus().blockIntervalMs()),
            config.member(),
            this::fail);
    gossip = new TransactionGossip(mempool, network, INBOUND_TRANSACTION_CAPACITY);
    wiring.attach(driver, gossip);
    try {
      network.start(wiring);
    } catch (UncheckedIOException e) {
      throw new StartupException("cannot listen for peers on " + config.p2pListen() + ": " + e);
    }
    resources.add(network);
    api.start();
    driver.start();
    LOG.log(
        Level.INFO,
        "node {0} started at height {1}, genesis {2}, p2p port {3}, api port {4}",
        config.member(),
        chain.tip().height(),
        genesis.hash(),
        "" + network.boundPort(),
        "" + api.port());
  }

  private NetworkConfig networkConfig(
      NodeIdentity identity, PeerDirectory directory, List<ValidatorRegistry.Entry> registry) {
    return new NetworkConfig(
        new PeerId(nodeKey),
        config.p2pListen().host(),
        config.p2pListen().port(),
        directory.addresses(registry),
        genesis.hash(),
        identity.tls(),
        directory.pins(registry),
        NetworkLimits.defaults());
  }

  /** Accepts and dials the validators a block registered (pins already known are kept). */
  private void admit(PeerDirectory directory, List<ValidatorRegistry.Entry> entries) {
    for (ValidatorRegistry.Entry e : entries) {
      directory
          .address(e)
          .ifPresent(
              address -> {
                if (!network.admit(address, e.tlsFingerprint())) {
                  LOG.log(
                      Level.WARNING,
                      "validator {0} registers a TLS certificate another peer holds",
                      e.key());
                }
              });
    }
  }

  private void fail(Throwable cause) {
    failure.complete(cause);
  }

  /** Completes if the node hits a fatal error (it then stops deciding; close it and exit). */
  public CompletableFuture<Throwable> failure() {
    return failure;
  }

  public int apiPort() {
    return api.port();
  }

  public int p2pPort() {
    return network.boundPort();
  }

  public Genesis genesis() {
    return genesis;
  }

  public NodeConfig config() {
    return config;
  }

  @Override
  public String memberId() {
    return config.member();
  }

  @Override
  public PublicKey nodeKey() {
    return nodeKey;
  }

  @Override
  public HashFunction hash() {
    return genesis.hashFunction();
  }

  @Override
  public ChainState chain() {
    return chain;
  }

  @Override
  public Mempool mempool() {
    return mempool;
  }

  @Override
  public Runtime runtime() {
    return runtime;
  }

  @Override
  public TransactionGossip gossip() {
    return gossip;
  }

  @Override
  public DriverStatus consensus() {
    return driver.status();
  }

  @Override
  public int connectedPeers() {
    return network.connectedPeers().size();
  }

  @Override
  public List<PublicKey> peerKeys() {
    return network.connectedPeers().stream().map(PeerId::nodeKey).toList();
  }

  @Override
  public List<NodeView.Validator> genesisValidators() {
    return genesis.validators().stream()
        .map(
            v ->
                new NodeView.Validator(
                    v.nodeKey(), v.power(), v.memberId(), v.host() + ":" + v.port()))
        .toList();
  }

  @Override
  public int requiredPeers() {
    int validators = ValidatorRegistry.entries(chain.committedState()).size();
    return 2 * ((Math.max(1, validators) - 1) / 3);
  }

  /** Shuts down: API, peers, consensus (after the step under way), gossip, store. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(api);
    closeQuietly(network);
    closeQuietly(driver);
    closeQuietly(gossip);
    for (AutoCloseable r : resources.reversed()) {
      if (r != api && r != network) {
        closeQuietly(r);
      }
    }
    LOG.log(Level.INFO, "node {0} stopped", config.member());
  }

  private static void closeQuietly(AutoCloseable resource) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "error while closing: " + e);
    }
  }

  /** Store opening and the genesis check, apart to keep {@link #boot} readable. */
  static final class StoreOpening {
    private StoreOpening() {}

    static RocksDbLedgerStore open(java.nio.file.Path dir, HashFunction hash)
        throws StartupException {
      try {
        return RocksDbLedgerStore.open(dir, hash);
      } catch (StoreException e) {
        throw new StartupException(
            switch (e.reason()) {
              case CORRUPTED -> "corrupted store in " + dir + ": " + e.getMessage();
              default -> "cannot open the store in " + dir + " (in use?): " + e.getMessage();
            });
      }
    }

    /** Stores genesis on first start; afterwards checks that the store holds this genesis. */
    static void ensureGenesis(RocksDbLedgerStore store, Genesis genesis) throws StartupException {
      HashFunction hash = genesis.hashFunction();
      var expected =
          org.silkchain.node.genesis.GenesisLedger.build(
              genesis, new StateTree(hash, new org.silkchain.state.store.InMemoryNodeStore()));
      if (store.tip().isEmpty()) {
        store.append(expected.block(), expected.delta());
        return;
      }
      var stored = store.blockAt(0);
      if (stored.isEmpty() || !stored.get().hash().equals(expected.block().hash())) {
        throw new StartupException(
            "the store in "
                + store.directory()
                + " belongs to another genesis (expected genesis block "
                + expected.block().hash()
                + ")");
      }
    }
  }
}
