package org.silkchain.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Path file(String yaml) throws Exception {
    Path conf = dir.resolve("conf");
    Files.createDirectories(conf);
    Path f = conf.resolve("node.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private static final String BASE =
      """
      member: pboc
      genesis: ../genesis.json
      dataDir: from-file
      p2p: { listen: "127.0.0.1:1000" }
      api: { listen: "127.0.0.1:1001" }
      keys: { dir: keys, passphraseFile: keys/passphrase }
      logLevel: warn
      """;

  @Test
  void theFileSetsValuesWithPathsRelativeToIt() throws Exception {
    Path f = file(BASE);
    NodeConfig c = ConfigLoader.load(f, ConfigOverrides.NONE, Map.of());
    assertThat(c.member()).isEqualTo("pboc");
    assertThat(c.genesisFile()).isEqualTo(dir.resolve("conf/../genesis.json"));
    assertThat(c.dataDir()).isEqualTo(dir.resolve("conf/from-file"));
    assertThat(c.p2pListen()).isEqualTo(new HostPort("127.0.0.1", 1000));
    assertThat(c.passphrase())
        .isEqualTo(new PassphraseSource.FromFile(dir.resolve("conf/keys/passphrase")));
    assertThat(c.logLevel()).isEqualTo("warn");
    assertThat(c.consensus()).isEqualTo(ConsensusSettings.DEFAULTS);
  }

  @Test
  void environmentBeatsFileAndFlagBeatsEnvironment() throws Exception {
    Path f = file(BASE);
    Map<String, String> env =
        Map.of(
            ConfigLoader.DATA_DIR, "/env/data",
            ConfigLoader.P2P_LISTEN, "0.0.0.0:2000",
            ConfigLoader.API_LISTEN, "0.0.0.0:2001",
            ConfigLoader.PASSPHRASE, "from-env",
            ConfigLoader.LOG_LEVEL, "debug");
    NodeConfig fromEnv = ConfigLoader.load(f, ConfigOverrides.NONE, env);
    assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/env/data"));
    assertThat(fromEnv.p2pListen()).isEqualTo(new HostPort("0.0.0.0", 2000));
    assertThat(fromEnv.apiListen()).isEqualTo(new HostPort("0.0.0.0", 2001));
    assertThat(fromEnv.passphrase()).isEqualTo(new PassphraseSource.FromEnvironment("from-env"));
    assertThat(fromEnv.logLevel()).isEqualTo("debug");
    ConfigOverrides flags =
        new ConfigOverrides(
            Optional.of(Path.of("/flag/data")),
            Optional.of("10.0.0.1:3000"),
            Optional.of("10.0.0.1:3001"),
            Optional.of(Path.of("/flag/pass")),
            Optional.of("error"));
    NodeConfig fromFlags = ConfigLoader.load(f, flags, env);
    assertThat(fromFlags.dataDir()).isEqualTo(Path.of("/flag/data"));
    assertThat(fromFlags.p2pListen()).isEqualTo(new HostPort("10.0.0.1", 3000));
    assertThat(fromFlags.apiListen()).isEqualTo(new HostPort("10.0.0.1", 3001));
    assertThat(fromFlags.passphrase())
        .isEqualTo(new PassphraseSource.FromFile(Path.of("/flag/pass")));
    assertThat(fromFlags.logLevel()).isEqualTo("error");
  }

  @Test
  void defaultsFillWhatNothingSets() throws Exception {
    Path f = file("member: pboc\ngenesis: g.json\nkeys: { passphraseFile: p }\n");
    NodeConfig c = ConfigLoader.load(f, ConfigOverrides.NONE, Map.of());
    assertThat(c.dataDir()).isEqualTo(dir.resolve("conf/data"));
    assertThat(c.p2pListen()).isEqualTo(HostPort.parse(ConfigLoader.DEFAULT_P2P));
    assertThat(c.apiListen()).isEqualTo(HostPort.parse(ConfigLoader.DEFAULT_API));
    assertThat(c.logLevel()).isEqualTo("info");
    assertThat(c.mempool()).isEqualTo(MempoolSettings.DEFAULTS);
    assertThat(c.peers()).isEmpty();
  }

  @Test
  void overridesOfTimeoutsMempoolAndPeersAreRead() throws Exception {
    Path f =
        file(
            BASE
                + "consensus: { timeoutProposeMs: 700, blockIntervalMs: 50 }\n"
                + "mempool: { maxTransactions: 10 }\n"
                + "p2p: { listen: \"127.0.0.1:1000\", peers: [{member: cbr, host: 127.0.0.1, port: 9999}] }\n");
    assertThatThrownBy(() -> ConfigLoader.load(f, ConfigOverrides.NONE, Map.of()))
        .isInstanceOf(ConfigException.class); // p2p given twice
    Path g =
        file(
            BASE.replace("p2p: { listen: \"127.0.0.1:1000\" }\n", "")
                + "consensus: { timeoutProposeMs: 700, blockIntervalMs: 50 }\n"
                + "mempool: { maxTransactions: 10 }\n"
                + "p2p: { listen: \"127.0.0.1:1000\", peers: [{member: cbr, host: 127.0.0.1, port: 9999}] }\n");
    NodeConfig c = ConfigLoader.load(g, ConfigOverrides.NONE, Map.of());
    assertThat(c.consensus().timeoutProposeMs()).isEqualTo(700);
    assertThat(c.consensus().blockIntervalMs()).isEqualTo(50);
    assertThat(c.mempool().maxTransactions()).isEqualTo(10);
    assertThat(c.peers()).containsExactly(new PeerOverride("cbr", "127.0.0.1", 9999));
  }

  @Test
  void unknownFieldsAndBadValuesAreRejectedWithAClearMessage() throws Exception {
    assertThatThrownBy(
            () -> ConfigLoader.load(file(BASE + "colour: blue\n"), ConfigOverrides.NONE, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown field 'colour'");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    file(BASE + "consensus: { timeoutPropose: 5 }\n"),
                    ConfigOverrides.NONE,
                    Map.of()))
        .hasMessageContaining("unknown field 'timeoutPropose'")
        .hasMessageContaining("consensus");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    file(BASE), ConfigOverrides.NONE, Map.of(ConfigLoader.P2P_LISTEN, "nonsense")))
        .hasMessageContaining("host:port");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(file("member: a\ngenesis: g\n"), ConfigOverrides.NONE, Map.of()))
        .hasMessageContaining("no passphrase");
  }
}
