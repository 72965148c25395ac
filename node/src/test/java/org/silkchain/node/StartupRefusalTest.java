package org.silkchain.node;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.node.config.HostPort;
import org.silkchain.node.config.NodeConfig;
import org.silkchain.node.config.PassphraseSource;

class StartupRefusalTest {
  @TempDir Path dir;

  private static NodeConfig withPassphrase(NodeConfig c, String passphrase) {
    return new NodeConfig(
        c.member(),
        c.genesisFile(),
        c.dataDir(),
        c.p2pListen(),
        c.apiListen(),
        c.keysDir(),
        new PassphraseSource.FromEnvironment(passphrase),
        c.consensus(),
        c.mempool(),
        c.peers(),
        c.logLevel());
  }

  private static NodeConfig withDataDir(NodeConfig c, Path data) {
    return new NodeConfig(
        c.member(),
        c.genesisFile(),
        data,
        c.p2pListen(),
        c.apiListen(),
        c.keysDir(),
        c.passphrase(),
        c.consensus(),
        c.mempool(),
        c.peers(),
        c.logLevel());
  }

  @Test
  void aBadPassphraseIsRefused() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    assertThatThrownBy(() -> SilkchainNode.start(withPassphrase(net.configs.get(0), "wrong")))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("bad passphrase");
  }

  @Test
  void aStoreOfAnotherGenesisIsRefused() throws Exception {
    TestConsortium first = TestConsortium.create(dir.resolve("a"), 1);
    TestConsortium second = TestConsortium.create(dir.resolve("b"), 1);
    SilkchainNode.start(first.configs.get(0)).close();
    NodeConfig foreign = withDataDir(second.configs.get(0), first.configs.get(0).dataDir());
    assertThatThrownBy(() -> SilkchainNode.start(foreign))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("belongs to another genesis");
  }

  @Test
  void aPortInUseIsRefused() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    try (ServerSocket taken = new ServerSocket(0)) {
      NodeConfig c =
          net.configs.get(0).withApiListen(new HostPort("127.0.0.1", taken.getLocalPort()));
      assertThatThrownBy(() -> SilkchainNode.start(c))
          .isInstanceOf(StartupException.class)
          .hasMessageContaining("cannot listen for the API");
    }
  }

  @Test
  void aStoreInUseByAnotherNodeIsRefused() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    try (SilkchainNode running = SilkchainNode.start(net.configs.get(0))) {
      NodeConfig again = net.configs.get(0);
      assertThatThrownBy(() -> SilkchainNode.start(again))
          .isInstanceOf(StartupException.class)
          .hasMessageContaining("cannot open the store");
    }
  }
}
