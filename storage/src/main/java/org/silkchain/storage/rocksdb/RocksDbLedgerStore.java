package org.silkchain.storage.rocksdb;

import static org.silkchain.storage.StoreException.Reason.CLOSED;
import static org.silkchain.storage.StoreException.Reason.CORRUPTED;
import static org.silkchain.storage.StoreException.Reason.IO;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Status;
import org.rocksdb.WALRecoveryMode;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.transaction.TransactionId;
import org.silkchain.state.store.PruneBatch;
import org.silkchain.state.store.StaleNode;
import org.silkchain.state.store.StateDelta;
import org.silkchain.storage.AppendRules;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.storage.LedgerStore;
import org.silkchain.storage.StoreException;
import org.silkchain.storage.TxLocation;

/**
 * The {@link LedgerStore} of a node, on embedded RocksDB.
 *
 * <p>Durability: each {@link #append} is one {@link WriteBatch} (block, certificate, indexes, state
 * nodes, stale index and the new tip) written with a synced WAL, so the tip a restarted node reads
 * always has all of its data and nothing above it exists; one fsync per block, not per transaction.
 * The WAL is replayed in {@code kTolerateCorruptedTailRecords} mode: a torn record at the very end
 * (power loss during a write that was never acknowledged) is dropped, while damage anywhere else
 * stops the open instead of silently losing acknowledged blocks.
 *
 * <p>On open the store checks its tip ({@link IntegrityCheck}) and refuses, with {@code CORRUPTED},
 * to run on data that does not hold together.
 */
public final class RocksDbLedgerStore implements LedgerStore {
  static {
    RocksDB.loadLibrary();
  }

  private final Path directory;
  private final HashFunction hash;
  private final RocksDB db;
  private final DBOptions dbOptions;
  private final ColumnFamilyOptions columnOptions;
  private final List<ColumnFamilyHandle> handles;
  private final Map<Column, ColumnFamilyHandle> columns = new EnumMap<>(Column.class);
  private final WriteOptions syncWrites = new WriteOptions().setSync(true);
  private final ReadOptions checkedReads = new ReadOptions().setVerifyChecksums(true);

  /** Readers share it; close takes it exclusively, so no read ever touches a freed handle. */
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();

  private final Object appendLock = new Object();
  private volatile Optional<ChainTip> tip;
  private boolean closed;

  private RocksDbLedgerStore(
      Path directory,
      HashFunction hash,
      RocksDB db,
      DBOptions dbOptions,
      ColumnFamilyOptions columnOptions,
      List<ColumnFamilyHandle> handles) {
    this.directory = directory;
    this.hash = hash;
    this.db = db;
    this.dbOptions = dbOptions;
    this.columnOptions = columnOptions;
    this.handles = handles;
    Column[] all = Column.values();
    for (int i = 0; i < all.length; i++) {
      columns.put(all[i], handles.get(i));
    }
  }

  /**
   * Opens (creating if absent) the store in {@code directory} and checks its tip.
   *
   * @throws StoreException {@code CORRUPTED} if the data fails RocksDB's checks or the tip check,
   *     {@code IO} if the database cannot be opened (for example, another process holds it)
   */
  public static RocksDbLedgerStore open(Path directory, HashFunction hash) {
    DBOptions dbOptions = null;
    ColumnFamilyOptions columnOptions = null;
    RocksDbLedgerStore store = null;
    try {
      Files.createDirectories(directory);
      dbOptions =
          new DBOptions()
              .setCreateIfMissing(true)
              .setCreateMissingColumnFamilies(true)
              .setParanoidChecks(true)
              .setWalRecoveryMode(WALRecoveryMode.TolerateCorruptedTailRecords)
              .setMaxBackgroundJobs(2)
              .setKeepLogFileNum(5);
      columnOptions =
          new ColumnFamilyOptions()
              .setTableFormatConfig(
                  new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10, false)));
      List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
      for (Column column : Column.values()) {
        descriptors.add(new ColumnFamilyDescriptor(column.nameBytes(), columnOptions));
      }
      List<ColumnFamilyHandle> handles = new ArrayList<>();
      RocksDB db = RocksDB.open(dbOptions, directory.toString(), descriptors, handles);
      store = new RocksDbLedgerStore(directory, hash, db, dbOptions, columnOptions, handles);
      store.tip = store.readTip();
      new IntegrityCheck(store, hash).checkTip(store.tip);
      return store;
    } catch (RocksDBException e) {
      closeQuietly(store, dbOptions, columnOptions);
      throw translate("cannot open the ledger store in " + directory, e);
    } catch (java.io.IOException e) {
      closeQuietly(store, dbOptions, columnOptions);
      throw new StoreException(IO, "cannot create " + directory + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(store, dbOptions, columnOptions);
      throw e;
    }
  }

  private static void closeQuietly(
      RocksDbLedgerStore store, DBOptions dbOptions, ColumnFamilyOptions columnOptions) {
    if (store != null) {
      store.close();
    } else {
      if (dbOptions != null) {
        dbOptions.close();
      }
      if (columnOptions != null) {
        columnOptions.close();
      }
    }
  }

  public Path directory() {
    return directory;
  }

  @Override
  public Optional<ChainTip> tip() {
    return read(() -> tip);
  }

  @Override
  public void append(CommittedBlock block, StateDelta stateDelta) {
    synchronized (appendLock) {
      read(
          () -> {
            AppendRules.check(tip, block, stateDelta);
            ChainTip next = new ChainTip(block.height(), block.hash(), block.stateRoot());
            try (WriteBatch batch = new WriteBatch()) {
              byte[] height = Keys.height(block.height());
              batch.put(cf(Column.BLOCKS), height, block.block().encode().unsafeArray());
              if (block.certificate().isPresent()) {
                batch.put(
                    cf(Column.CERTIFICATES),
                    height,
                    CommitCertificate.CODEC.encode(block.certificate().get()).unsafeArray());
              }
              batch.put(cf(Column.BLOCK_HASHES), block.hash().bytes().unsafeArray(), height);
              for (int i = 0; i < block.txIds().size(); i++) {
                batch.put(
                    cf(Column.TRANSACTIONS),
                    block.txIds().get(i).hash().bytes().unsafeArray(),
                    Keys.location(new TxLocation(block.height(), i)));
              }
              for (Map.Entry<Bytes, Bytes> node : stateDelta.nodes().entrySet()) {
                batch.put(
                    cf(Column.STATE_NODES),
                    node.getKey().unsafeArray(),
                    node.getValue().unsafeArray());
              }
              for (StaleNode stale : stateDelta.staleIndexEntries()) {
                batch.put(cf(Column.STATE_STALE), stale.indexKey().unsafeArray(), new byte[0]);
              }
              batch.put(cf(Column.META), Keys.TIP, ChainTip.CODEC.encode(next).unsafeArray());
              db.write(syncWrites, batch);
            } catch (RocksDBException e) {
              throw translate("cannot commit block " + block.height(), e);
            }
            tip = Optional.of(next);
            return null;
          });
    }
  }

  @Override
  public Optional<CommittedBlock> blockAt(long height) {
    return read(
        () -> {
          byte[] encoded = get(Column.BLOCKS, Keys.height(height));
          if (encoded == null) {
            return Optional.empty();
          }
          byte[] cert = get(Column.CERTIFICATES, Keys.height(height));
          try {
            Block block = Block.CODEC.decode(Bytes.wrap(encoded));
            Optional<CommitCertificate> certificate =
                cert == null
                    ? Optional.empty()
                    : Optional.of(CommitCertificate.CODEC.decode(Bytes.wrap(cert)));
            return Optional.of(CommittedBlock.of(block, certificate, hash));
          } catch (DecodeException e) {
            throw new StoreException(
                CORRUPTED, "stored block " + height + " does not decode: " + e.getMessage(), e);
          }
        });
  }

  @Override
  public Optional<Long> heightOf(Hash blockHash) {
    return read(
        () -> {
          byte[] value = get(Column.BLOCK_HASHES, blockHash.bytes().unsafeArray());
          return value == null ? Optional.empty() : Optional.of(Keys.height(value));
        });
  }

  @Override
  public Optional<TxLocation> locate(TransactionId txId) {
    return read(
        () -> {
          byte[] value = get(Column.TRANSACTIONS, txId.hash().bytes().unsafeArray());
          return value == null ? Optional.empty() : Optional.of(Keys.location(value));
        });
  }

  @Override
  public Optional<Bytes> get(Bytes nodeKey) {
    return read(
        () -> {
          byte[] value = get(Column.STATE_NODES, nodeKey.unsafeArray());
          return value == null ? Optional.empty() : Optional.of(Bytes.wrap(value));
        });
  }

  @Override
  public List<StaleNode> staleNodes(long uptoVersion, int limit) {
    return read(
        () -> {
          List<StaleNode> out = new ArrayList<>();
          try (RocksIterator it = db.newIterator(cf(Column.STATE_STALE), checkedReads)) {
            for (it.seekToFirst(); it.isValid() && out.size() < limit; it.next()) {
              StaleNode entry = StaleNode.decode(Bytes.wrap(it.key()));
              if (entry.staleSince() > uptoVersion) {
                break;
              }
              out.add(entry);
            }
            it.status();
          } catch (RocksDBException e) {
            throw translate("cannot read the stale-node index", e);
          } catch (DecodeException e) {
            throw new StoreException(CORRUPTED, "stale-node index: " + e.getMessage(), e);
          }
          return out;
        });
  }

  @Override
  public void prune(PruneBatch batch) {
    read(
        () -> {
          try (WriteBatch write = new WriteBatch()) {
            for (StaleNode entry : batch.entries()) {
              write.delete(cf(Column.STATE_NODES), entry.nodeKey().unsafeArray());
              write.delete(cf(Column.STATE_STALE), entry.indexKey().unsafeArray());
            }
            db.write(syncWrites, write);
          } catch (RocksDBException e) {
            throw translate("cannot prune state up to " + batch.uptoVersion(), e);
          }
          return null;
        });
  }

  /** Writes memtables to SST files (for backups and tests that need data on disk). */
  public void flush() {
    read(
        () -> {
          try (FlushOptions options = new FlushOptions().setWaitForFlush(true)) {
            db.flush(options, handles);
          } catch (RocksDBException e) {
            throw translate("flush failed", e);
          }
          return null;
        });
  }

  /**
   * Full verification: every SST block's checksum, then every block's hash, parent link, indexes
   * and certificate from genesis to the tip. Costs a read of the whole database; for operators
   * ({@code silkchain store verify}), not for every start.
   */
  public void verifyAll() {
    read(
        () -> {
          try {
            db.verifyChecksum();
          } catch (RocksDBException e) {
            throw translate("checksum verification failed", e);
          }
          new IntegrityCheck(this, hash).checkChain(tip);
          return null;
        });
  }

  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (ColumnFamilyHandle handle : handles) {
        handle.close();
      }
      db.close();
      dbOptions.close();
      columnOptions.close();
      syncWrites.close();
      checkedReads.close();
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  // -- internals --

  private interface Read<T> {
    T run();
  }

  private <T> T read(Read<T> body) {
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new StoreException(CLOSED, "ledger store " + directory + " is closed");
      }
      return body.run();
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  private ColumnFamilyHandle cf(Column column) {
    return columns.get(column);
  }

  byte[] get(Column column, byte[] key) {
    try {
      return db.get(cf(column), checkedReads, key);
    } catch (RocksDBException e) {
      throw translate("cannot read " + column.familyName, e);
    }
  }

  /** True if any key exists in {@code column} at or after {@code fromKey}. */
  boolean anyFrom(Column column, byte[] fromKey) {
    try (RocksIterator it = db.newIterator(cf(column), checkedReads)) {
      it.seek(fromKey);
      boolean found = it.isValid();
      it.status();
      return found;
    } catch (RocksDBException e) {
      throw translate("cannot scan " + column.familyName, e);
    }
  }

  private Optional<ChainTip> readTip() {
    byte[] value = get(Column.META, Keys.TIP);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ChainTip.CODEC.decode(Bytes.wrap(value)));
    } catch (DecodeException e) {
      throw new StoreException(CORRUPTED, "the tip record does not decode: " + e.getMessage(), e);
    }
  }

  static StoreException translate(String what, RocksDBException e) {
    Status status = e.getStatus();
    boolean corrupted = status != null && status.getCode() == Status.Code.Corruption;
    return new StoreException(corrupted ? CORRUPTED : IO, what + ": " + e.getMessage(), e);
  }
}
