package org.silkchain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.block.BlockHeader;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.merkle.MerkleHashes;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.state.store.StateDelta;
import org.silkchain.state.tree.StateTree;
import org.silkchain.storage.ChainTip;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.storage.InMemoryLedgerStore;
import org.silkchain.storage.LedgerStore;
import org.silkchain.storage.rocksdb.RocksDbLedgerStore;

/**
 * One block's state commit: a change set of 1,000 entries (900 updates of existing keys, 100 new
 * keys) applied to a state of 1,000,000 entries, and written durably with its (empty) block: tree
 * update, node encoding and hashing, and the store's atomic synced write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g", "--enable-native-access=ALL-UNNAMED"})
public class StateCommitBenchmark {
  private static final HashFunction HASH = HashFunction.sha256();
  private static final ChainId CHAIN = ChainId.of("bench");
  private static final PublicKey PROPOSER =
      new PublicKey(SuiteId.ED25519, Bytes.wrap(new byte[32]));
  private static final int CHANGES = 1_000;

  @Param({"rocksdb", "memory"})
  public String store;

  @Param({"1000000"})
  public int entries;

  private Path directory;
  private LedgerStore ledger;
  private StateTree tree;
  private long nextKey;
  private final SplittableRandom random = new SplittableRandom(42);
  private SortedMap<Bytes, Optional<Bytes>> changes;

  @Setup(Level.Trial)
  public void buildState() throws IOException {
    if (store.equals("rocksdb")) {
      directory = Files.createTempDirectory("silkchain-bench");
      ledger = RocksDbLedgerStore.open(directory, HASH);
    } else {
      ledger = new InMemoryLedgerStore();
    }
    tree = new StateTree(HASH, ledger);
    while (nextKey < entries) {
      SortedMap<Bytes, Optional<Bytes>> batch = new TreeMap<>();
      for (int i = 0; i < 10_000 && nextKey < entries; i++) {
        batch.put(key(nextKey++), Optional.of(value(0)));
      }
      commit(batch);
    }
  }

  @Setup(Level.Invocation)
  public void nextChangeSet() {
    changes = new TreeMap<>();
    long round = ledger.tip().orElseThrow().height();
    while (changes.size() < CHANGES - CHANGES / 10) {
      changes.put(key(random.nextLong(nextKey)), Optional.of(value(round)));
    }
    while (changes.size() < CHANGES) {
      changes.put(key(nextKey++), Optional.of(value(round)));
    }
  }

  @Benchmark
  public Hash commitChangeSet() {
    return commit(changes);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    ledger.close();
    if (directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private Hash commit(SortedMap<Bytes, Optional<Bytes>> batch) {
    Optional<ChainTip> tip = ledger.tip();
    long height = tip.map(t -> t.height() + 1).orElse(0L);
    StateDelta delta =
        tree.apply(tip.map(ChainTip::height).orElse(StateTree.PRE_GENESIS_VERSION), height, batch);
    ledger.append(emptyBlock(tip, height, delta.root()), delta);
    return delta.root();
  }

  private CommittedBlock emptyBlock(Optional<ChainTip> tip, long height, Hash stateRoot) {
    Hash validators = HASH.digest(Bytes.utf8("validators"));
    if (height == 0) {
      Block genesis = Block.genesis(CHAIN, 0, PROPOSER, validators, stateRoot, HASH);
      return CommittedBlock.of(genesis, Optional.empty(), HASH);
    }
    Hash parent = tip.orElseThrow().blockHash();
    Optional<CommitCertificate> parentCommit =
        height == 1
            ? Optional.empty()
            : Optional.of(new CommitCertificate(height - 1, 0, parent, List.of()));
    Hash empty = MerkleHashes.empty(HASH);
    BlockHeader header =
        new BlockHeader(
            CHAIN,
            height,
            parent,
            height,
            PROPOSER,
            validators,
            0,
            empty,
            stateRoot,
            empty,
            parentCommit);
    Block block = new Block(header, List.of());
    Hash hash = block.hash(HASH);
    return CommittedBlock.of(
        block, Optional.of(new CommitCertificate(height, 0, hash, List.of())), HASH);
  }

  private static Bytes key(long n) {
    return Bytes.utf8("account/" + n);
  }

  private static Bytes value(long round) {
    return Bytes.utf8("balance:USD:" + (1_000_000 + round) + ":nonce:" + round);
  }
}
