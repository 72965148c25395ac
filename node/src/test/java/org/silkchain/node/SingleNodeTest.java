package org.silkchain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleNodeTest {
  @TempDir Path dir;

  @Test
  void aSingleValidatorCommitsBlocks() throws Exception {
    TestConsortium net = TestConsortium.create(dir, 1);
    try (SilkchainNode node = SilkchainNode.start(net.configs.get(0))) {
      await().atMost(Duration.ofSeconds(20)).until(() -> node.chain().tip().height() >= 3);
      assertThat(node.failure()).isNotDone();
    }
  }
}
