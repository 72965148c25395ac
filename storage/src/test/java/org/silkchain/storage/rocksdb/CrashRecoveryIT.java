package org.silkchain.storage.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.silkchain.storage.TestChain.HASH;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.codec.Bytes;
import org.silkchain.state.tree.StateTree;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.TestChain;

/**
 * Kills a process that commits blocks in a loop with SIGKILL at random moments, many times, and
 * checks after every kill that the store reopens consistent: every acknowledged block is there, the
 * blocks, indexes and state agree ({@link RocksDbLedgerStore#verifyAll}), and the state is exactly
 * what replaying the chain gives.
 */
class CrashRecoveryIT {
  private static final long SEED = 20261125L;
  private static final int KILLS = 25;

  @TempDir Path directory;

  @Test
  void everyKillLeavesAConsistentStoreWithAllAcknowledgedBlocks() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    Path ledger = directory.resolve("ledger");
    long acknowledged = -1;
    for (int kill = 0; kill < KILLS; kill++) {
      int commitsBeforeKill = 1 + random.nextInt(40);
      long lastAck = runAndKill(ledger, commitsBeforeKill, random.nextInt(3));
      acknowledged = Math.max(acknowledged, lastAck);
      try (RocksDbLedgerStore store = RocksDbLedgerStore.open(ledger, HASH)) {
        ChainTip tip = store.tip().orElseThrow();
        assertThat(tip.height())
            .as("kill %d (seed %d): acknowledged block %d lost", kill, SEED, acknowledged)
            .isGreaterThanOrEqualTo(acknowledged);
        store.verifyAll();
        assertStateIsTheReplayOfTheChain(store, tip.height());
        acknowledged = tip.height();
      }
    }
    assertThat(acknowledged).isGreaterThan(KILLS);
  }

  /**
   * Starts the writer, waits until it acknowledges {@code commits} blocks, then kills it with
   * SIGKILL after reading {@code extraLines} more lines (so the kill lands at varied points of an
   * append). Returns the last acknowledged height.
   */
  private static long runAndKill(Path ledger, int commits, int extraLines)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx256m");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashingWriter.class.getName());
    command.add(ledger.toString());
    command.add("100000");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    long last = -1;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      int seen = 0;
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          last = Long.parseLong(line.substring("committed ".length()));
          if (++seen >= commits + extraLines) {
            break;
          }
        } else if (!line.startsWith("ready ")) {
          throw new AssertionError("writer said: " + line);
        }
      }
      process.destroyForcibly(); // SIGKILL on Linux
      process.waitFor();
    } finally {
      process.destroyForcibly();
    }
    assertThat(last).as("the writer committed nothing").isGreaterThanOrEqualTo(0);
    return last;
  }

  private static void assertStateIsTheReplayOfTheChain(RocksDbLedgerStore store, long tip) {
    Map<Bytes, Bytes> model = new TreeMap<>();
    for (long h = 0; h <= tip; h++) {
      for (Map.Entry<Bytes, Optional<Bytes>> change : TestChain.changesAt(h).entrySet()) {
        if (change.getValue().isPresent()) {
          model.put(change.getKey(), change.getValue().get());
        } else {
          model.remove(change.getKey());
        }
      }
    }
    StateTree tree = new StateTree(HASH, store);
    for (long a = 0; a < 40; a++) {
      Bytes key = TestChain.account(a);
      assertThat(tree.get(key, tip)).isEqualTo(Optional.ofNullable(model.get(key)));
    }
  }
}
