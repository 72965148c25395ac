package org.silkchain.storage.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.silkchain.storage.TestChain.HASH;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteOptions;
import org.silkchain.storage.StoreException;
import org.silkchain.storage.TestChain;

/** A store whose files were damaged must refuse to open, saying why, rather than run on them. */
class CorruptionTest {
  @TempDir Path directory;

  private Path ledger() {
    return directory.resolve("ledger");
  }

  private void buildAndClose(int blocks) {
    try (RocksDbLedgerStore store = RocksDbLedgerStore.open(ledger(), HASH)) {
      TestChain.extend(store, blocks);
      store.flush();
    }
  }

  private void assertRefusesToOpen(String... messageParts) {
    assertThatThrownBy(() -> RocksDbLedgerStore.open(ledger(), HASH).close())
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(StoreException.Reason.CORRUPTED);
              if (messageParts.length > 0) {
                assertThat(e.getMessage()).contains(messageParts);
              }
            });
  }

  private List<Path> tableFiles() throws IOException {
    try (Stream<Path> files = Files.list(ledger())) {
      return files.filter(p -> p.toString().endsWith(".sst")).sorted().toList();
    }
  }

  @Test
  void flippedBytesInTableFilesAreDetected() throws IOException {
    buildAndClose(10);
    List<Path> tables = tableFiles();
    assertThat(tables).isNotEmpty();
    for (Path table : tables) {
      try (RandomAccessFile file = new RandomAccessFile(table.toFile(), "rw")) {
        // Damage the data blocks at the start of the file; the footer stays readable.
        for (long at = 16; at < Math.min(file.length() / 2, 400); at += 37) {
          file.seek(at);
          int b = file.read();
          file.seek(at);
          file.write(b ^ 0x5A);
        }
      }
    }
    assertRefusesToOpen();
  }

  @Test
  void aMissingTableFileIsDetected() throws IOException {
    buildAndClose(10);
    Files.delete(tableFiles().get(0));
    assertRefusesToOpen();
  }

  @Test
  void aTipWithoutItsBlockIsDetected() throws Exception {
    buildAndClose(5);
    deleteRaw(Column.BLOCKS, Keys.height(4));
    assertRefusesToOpen("block 4 is missing");
  }

  @Test
  void aBlockAboveTheTipIsDetected() throws Exception {
    buildAndClose(5);
    byte[] block3 = readRaw(Column.BLOCKS, Keys.height(3));
    putRaw(Column.BLOCKS, Keys.height(5), block3);
    assertRefusesToOpen("above the tip");
  }

  @Test
  void aMissingStateIsDetected() throws Exception {
    buildAndClose(5);
    // Drop every state node: the tip's state root can no longer be read.
    try (var handle = new RawDb(ledger())) {
      try (var it = handle.db.newIterator(handle.cf(Column.STATE_NODES))) {
        for (it.seekToFirst(); it.isValid(); it.next()) {
          handle.db.delete(handle.cf(Column.STATE_NODES), it.key());
        }
      }
    }
    assertRefusesToOpen("state of height 4 is missing");
  }

  @Test
  void aMissingTransactionIndexIsDetected() throws Exception {
    buildAndClose(5);
    try (RocksDbLedgerStore store = RocksDbLedgerStore.open(ledger(), HASH)) {
      var txId = store.blockAt(4).orElseThrow().txIds().get(1);
      store.close();
      deleteRaw(Column.TRANSACTIONS, txId.hash().bytes().toArray());
    }
    assertRefusesToOpen("transaction 1 of block 4 is not indexed");
  }

  // -- raw access to the database, bypassing the store's rules --

  private void deleteRaw(Column column, byte[] key) throws Exception {
    try (var handle = new RawDb(ledger())) {
      handle.db.delete(handle.cf(column), key);
    }
  }

  private void putRaw(Column column, byte[] key, byte[] value) throws Exception {
    try (var handle = new RawDb(ledger())) {
      handle.db.put(handle.cf(column), new WriteOptions().setSync(true), key, value);
    }
  }

  private byte[] readRaw(Column column, byte[] key) throws Exception {
    try (var handle = new RawDb(ledger())) {
      return handle.db.get(handle.cf(column), key);
    }
  }

  private static final class RawDb implements AutoCloseable {
    final RocksDB db;
    final List<ColumnFamilyHandle> handles = new java.util.ArrayList<>();
    final DBOptions options = new DBOptions();

    RawDb(Path path) throws Exception {
      List<ColumnFamilyDescriptor> descriptors = new java.util.ArrayList<>();
      for (Column column : Column.values()) {
        descriptors.add(new ColumnFamilyDescriptor(column.nameBytes()));
      }
      db = RocksDB.open(options, path.toString(), descriptors, handles);
    }

    ColumnFamilyHandle cf(Column column) {
      return handles.get(column.ordinal());
    }

    @Override
    public void close() {
      handles.forEach(ColumnFamilyHandle::close);
      db.close();
      options.close();
    }
  }
}
