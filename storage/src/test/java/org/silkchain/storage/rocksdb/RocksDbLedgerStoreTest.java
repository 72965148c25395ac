package org.silkchain.storage.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.silkchain.storage.TestChain.HASH;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.LedgerStore;
import org.silkchain.storage.LedgerStoreContract;
import org.silkchain.storage.StoreException;
import org.silkchain.storage.TestChain;

class RocksDbLedgerStoreTest extends LedgerStoreContract {
  @TempDir Path directory;

  @Override
  protected LedgerStore openStore() {
    return RocksDbLedgerStore.open(directory.resolve("ledger"), HASH);
  }

  @Test
  void reopeningKeepsEverythingCommitted() {
    TestChain.Step last = TestChain.extend(store, 7);
    store.close();
    store = openStore();
    assertThat(store.tip()).contains(new ChainTip(6, last.block().hash(), last.delta().root()));
    TestChain.extend(store, 2);
    assertThat(store.tip()).map(ChainTip::height).contains(8L);
  }

  @Test
  void aSecondProcessCannotOpenTheSameStore() {
    assertThatThrownBy(this::openStore)
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(StoreException.Reason.IO);
              assertThat(e.getMessage()).contains("lock");
            });
  }

  @Test
  void fullVerificationPassesOnAHealthyStore() {
    TestChain.extend(store, 20);
    ((RocksDbLedgerStore) store).flush();
    ((RocksDbLedgerStore) store).verifyAll();
  }
}
