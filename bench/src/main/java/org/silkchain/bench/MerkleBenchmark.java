package org.silkchain.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.HashFunction;
import org.silkchain.ledger.merkle.MerkleProof;
import org.silkchain.ledger.merkle.MerkleProofVerifier;
import org.silkchain.ledger.merkle.MerkleTree;

/** Merkle root, proof and proof check over 10,000 leaves of 32 bytes (transaction ids). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MerkleBenchmark {
  @Param({"SHA-256", "SM3"})
  public String hashName;

  private HashFunction hash;
  private List<Bytes> leaves;
  private MerkleTree tree;
  private MerkleProof proof;
  private int index;

  @Setup
  public void setUp() {
    hash = hashName.equals("SM3") ? HashFunction.sm3() : HashFunction.sha256();
    leaves = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      leaves.add(hash.digest(Bytes.utf8("tx-" + i)).bytes());
    }
    tree = MerkleTree.of(hash, leaves);
    index = 6_789;
    proof = tree.proof(index);
  }

  @Benchmark
  public Object root() {
    return MerkleTree.root(hash, leaves);
  }

  @Benchmark
  public MerkleProof proofFromBuiltTree() {
    return tree.proof(index);
  }

  @Benchmark
  public boolean verifyProof() {
    return MerkleProofVerifier.verify(hash, tree.root(), leaves.get(index), proof);
  }
}
