package org.silkchain.node.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The resolved configuration of one node: every path absolute, every override applied. Built by
 * {@link ConfigLoader}; tests may build one directly.
 *
 * @param member the member id whose validator this node runs
 * @param peers optional overrides of where peers are dialed (empty: the genesis addresses)
 * @param logLevel error, warn, info, debug or trace
 */
public record NodeConfig(
    String member,
    Path genesisFile,
    Path dataDir,
    HostPort p2pListen,
    HostPort apiListen,
    Path keysDir,
    PassphraseSource passphrase,
    ConsensusSettings consensus,
    MempoolSettings mempool,
    List<PeerOverride> peers,
    String logLevel) {
  public NodeConfig {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(genesisFile, "genesisFile");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(p2pListen, "p2pListen");
    Objects.requireNonNull(apiListen, "apiListen");
    Objects.requireNonNull(keysDir, "keysDir");
    Objects.requireNonNull(passphrase, "passphrase");
    Objects.requireNonNull(consensus, "consensus");
    Objects.requireNonNull(mempool, "mempool");
    peers = List.copyOf(peers);
    Objects.requireNonNull(logLevel, "logLevel");
  }

  public NodeConfig withConsensus(ConsensusSettings settings) {
    return new NodeConfig(
        member,
        genesisFile,
        dataDir,
        p2pListen,
        apiListen,
        keysDir,
        passphrase,
        settings,
        mempool,
        peers,
        logLevel);
  }

  public NodeConfig withMempool(MempoolSettings settings) {
    return new NodeConfig(
        member,
        genesisFile,
        dataDir,
        p2pListen,
        apiListen,
        keysDir,
        passphrase,
        consensus,
        settings,
        peers,
        logLevel);
  }

  public NodeConfig withApiListen(HostPort api) {
    return new NodeConfig(
        member,
        genesisFile,
        dataDir,
        p2pListen,
        api,
        keysDir,
        passphrase,
        consensus,
        mempool,
        peers,
        logLevel);
  }
}
