package org.silkchain.storage.rocksdb;

import java.nio.file.Path;
import org.silkchain.storage.TestChain;

/**
 * The victim of {@link CrashRecoveryIT}: appends blocks to the store in {@code args[0]} as fast as
 * it can and prints {@code committed H} after each append returns, until it is killed. A printed
 * height is an acknowledged commit, which must survive the kill.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) {
    int limit = Integer.parseInt(args[1]);
    try (RocksDbLedgerStore store = RocksDbLedgerStore.open(Path.of(args[0]), TestChain.HASH)) {
      System.out.println("ready " + store.tip().map(t -> t.height()).orElse(-1L));
      System.out.flush();
      for (int i = 0; i < limit; i++) {
        TestChain.Step step = TestChain.next(store);
        store.append(step.block(), step.delta());
        System.out.println("committed " + step.block().height());
        System.out.flush();
      }
    }
  }
}
