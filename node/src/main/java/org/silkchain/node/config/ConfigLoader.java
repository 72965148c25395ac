package org.silkchain.node.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.silkchain.node.yaml.StrictYaml;

/**
 * Loads {@code node.yaml} and applies overrides with the precedence flag &gt; environment &gt; file
 * &gt; default. Relative paths in the file are relative to the file's directory; paths from flags
 * and the environment are relative to the working directory, as on any command line.
 *
 * <p>Environment: {@value #DATA_DIR}, {@value #P2P_LISTEN}, {@value #API_LISTEN}, {@value
 * #PASSPHRASE}, {@value #LOG_LEVEL}.
 */
public final class ConfigLoader {
  public static final String DATA_DIR = "SILKCHAIN_DATA_DIR";
  public static final String P2P_LISTEN = "SILKCHAIN_P2P_LISTEN";
  public static final String API_LISTEN = "SILKCHAIN_API_LISTEN";
  public static final String PASSPHRASE = "SILKCHAIN_PASSPHRASE";
  public static final String LOG_LEVEL = "SILKCHAIN_LOG_LEVEL";

  static final String DEFAULT_DATA_DIR = "data";
  static final String DEFAULT_P2P = "127.0.0.1:26600";
  static final String DEFAULT_API = "127.0.0.1:26601";
  static final String DEFAULT_KEYS_DIR = "keys";
  static final Set<String> LOG_LEVELS = Set.of("error", "warn", "info", "debug", "trace");

  record RawPeer(String member, String host, Integer port) {}

  record RawP2p(String listen, List<RawPeer> peers) {}

  record RawApi(String listen) {}

  record RawKeys(String dir, String passphraseFile) {}

  record RawConsensus(
      Long timeoutProposeMs,
      Long timeoutProposeDeltaMs,
      Long timeoutPrevoteMs,
      Long timeoutPrevoteDeltaMs,
      Long timeoutPrecommitMs,
      Long timeoutPrecommitDeltaMs,
      Long rebroadcastMs,
      Long blockIntervalMs,
      Integer maxBlockBytes) {}

  record RawMempool(
      Integer maxTransactions, Long maxBytes, Integer maxPerSender, Integer maxTransactionBytes) {}

  record RawConfig(
      String member,
      String genesis,
      String dataDir,
      RawP2p p2p,
      RawApi api,
      RawKeys keys,
      RawConsensus consensus,
      RawMempool mempool,
      String logLevel) {}

  private ConfigLoader() {}

  /** Loads with the process environment. */
  public static NodeConfig load(Path file, ConfigOverrides flags) throws ConfigException {
    return load(file, flags, System.getenv());
  }

  public static NodeConfig load(Path file, ConfigOverrides flags, Map<String, String> env)
      throws ConfigException {
    RawConfig raw;
    try {
      raw = StrictYaml.read(file, RawConfig.class);
    } catch (IOException e) {
      throw new ConfigException(e.getMessage());
    }
    Path base = file.toAbsolutePath().getParent();
    try {
      return resolve(raw, base, flags, env);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": " + e.getMessage());
    }
  }

  private static NodeConfig resolve(
      RawConfig raw, Path base, ConfigOverrides flags, Map<String, String> env)
      throws ConfigException {
    if (raw.member() == null || raw.member().isEmpty()) {
      throw new IllegalArgumentException("member: missing");
    }
    if (raw.genesis() == null) {
      throw new IllegalArgumentException("genesis: missing (path of genesis.json)");
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path dataDir =
        pick(
            flags.dataDir().map(cwd::resolve),
            env(env, DATA_DIR).map(cwd::resolve),
            Optional.ofNullable(raw.dataDir()).map(base::resolve),
            base.resolve(DEFAULT_DATA_DIR));
    RawP2p p2p = raw.p2p() == null ? new RawP2p(null, null) : raw.p2p();
    HostPort p2pListen =
        HostPort.parse(
            pick(
                flags.p2pListen(),
                env(env, P2P_LISTEN),
                Optional.ofNullable(p2p.listen()),
                DEFAULT_P2P));
    String apiFromFile = raw.api() == null ? null : raw.api().listen();
    HostPort apiListen =
        HostPort.parse(
            pick(
                flags.apiListen(),
                env(env, API_LISTEN),
                Optional.ofNullable(apiFromFile),
                DEFAULT_API));
    RawKeys keys = raw.keys() == null ? new RawKeys(null, null) : raw.keys();
    Path keysDir = base.resolve(keys.dir() == null ? DEFAULT_KEYS_DIR : keys.dir());
    PassphraseSource passphrase;
    if (flags.passphraseFile().isPresent()) {
      passphrase = new PassphraseSource.FromFile(cwd.resolve(flags.passphraseFile().get()));
    } else if (env(env, PASSPHRASE).isPresent()) {
      passphrase = new PassphraseSource.FromEnvironment(env.get(PASSPHRASE));
    } else if (keys.passphraseFile() != null) {
      passphrase = new PassphraseSource.FromFile(base.resolve(keys.passphraseFile()));
    } else {
      throw new ConfigException(
          "no passphrase: set keys.passphraseFile, " + PASSPHRASE + " or --passphrase-file");
    }
    String level =
        pick(flags.logLevel(), env(env, LOG_LEVEL), Optional.ofNullable(raw.logLevel()), "info");
    String logLevel = level.toLowerCase(Locale.ROOT);
    if (!LOG_LEVELS.contains(logLevel)) {
      throw new IllegalArgumentException(
          "log level must be one of " + LOG_LEVELS + ": " + logLevel);
    }
    return new NodeConfig(
        raw.member(),
        base.resolve(raw.genesis()),
        dataDir,
        p2pListen,
        apiListen,
        keysDir,
        passphrase,
        consensus(raw.consensus()),
        mempool(raw.mempool()),
        peers(p2p.peers()),
        logLevel);
  }

  private static ConsensusSettings consensus(RawConsensus c) {
    ConsensusSettings d = ConsensusSettings.DEFAULTS;
    if (c == null) {
      return d;
    }
    return new ConsensusSettings(
        or(c.timeoutProposeMs(), d.timeoutProposeMs()),
        or(c.timeoutProposeDeltaMs(), d.timeoutProposeDeltaMs()),
        or(c.timeoutPrevoteMs(), d.timeoutPrevoteMs()),
        or(c.timeoutPrevoteDeltaMs(), d.timeoutPrevoteDeltaMs()),
        or(c.timeoutPrecommitMs(), d.timeoutPrecommitMs()),
        or(c.timeoutPrecommitDeltaMs(), d.timeoutPrecommitDeltaMs()),
        or(c.rebroadcastMs(), d.rebroadcastMs()),
        or(c.blockIntervalMs(), d.blockIntervalMs()),
        c.maxBlockBytes() == null ? d.maxBlockBytes() : c.maxBlockBytes());
  }

  private static MempoolSettings mempool(RawMempool m) {
    MempoolSettings d = MempoolSettings.DEFAULTS;
    if (m == null) {
      return d;
    }
    return new MempoolSettings(
        m.maxTransactions() == null ? d.maxTransactions() : m.maxTransactions(),
        or(m.maxBytes(), d.maxBytes()),
        m.maxPerSender() == null ? d.maxPerSender() : m.maxPerSender(),
        m.maxTransactionBytes() == null ? d.maxTransactionBytes() : m.maxTransactionBytes());
  }

  private static List<PeerOverride> peers(List<RawPeer> raw) {
    List<PeerOverride> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (int i = 0; i < raw.size(); i++) {
      RawPeer p = raw.get(i);
      if (p == null || p.member() == null || p.host() == null || p.port() == null) {
        throw new IllegalArgumentException("p2p.peers[" + i + "]: needs member, host and port");
      }
      out.add(new PeerOverride(p.member(), p.host(), new HostPort(p.host(), p.port()).port()));
    }
    return out;
  }

  private static long or(Long value, long fallback) {
    return value == null ? fallback : value;
  }

  private static Optional<String> env(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The first present of flag, environment and file, else the default. */
  private static <T> T pick(
      Optional<T> flag, Optional<T> environment, Optional<T> file, T fallback) {
    return flag.or(() -> environment).or(() -> file).orElse(fallback);
  }
}
