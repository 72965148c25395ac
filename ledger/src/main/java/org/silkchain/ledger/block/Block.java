package org.silkchain.ledger.block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.merkle.MerkleHashes;
import org.silkchain.ledger.merkle.MerkleProof;
import org.silkchain.ledger.merkle.MerkleTree;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionId;

/**
 * A header and the ordered transactions it commits to.
 *
 * <p>Invariants (format only): at most {@value #MAX_TRANSACTIONS} transactions whose encodings add
 * up to at most {@value #MAX_TRANSACTIONS_BYTES} bytes. Whether the header matches the transactions
 * is {@link #verifyStructure}'s question, since it needs the network's hash function.
 */
public record Block(BlockHeader header, List<SignedTransaction> transactions) {
  public static final int TYPE_TAG = 0x0305;
  public static final int VERSION = 1;
  public static final int MAX_TRANSACTIONS = 10_000;
  public static final int MAX_TRANSACTIONS_BYTES = 16 * 1024 * 1024;

  /**
   * Upper bound of a block encoding, checked before decoding: the transactions' limit plus 1 MiB,
   * more than the largest header (a full commit certificate is about 100 KiB).
   */
  public static final int MAX_ENCODED_SIZE = MAX_TRANSACTIONS_BYTES + 1024 * 1024;

  public static final Codec<Block> CODEC =
      new Codec<>() {
        @Override
        public void encode(Block b, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          BlockHeader.CODEC.encode(b.header, out);
          out.list(b.transactions, SignedTransaction.CODEC);
        }

        @Override
        public Block decode(CanonicalReader in) {
          in.header("block", TYPE_TAG, VERSION);
          BlockHeader header = BlockHeader.CODEC.decode(in);
          int start = in.position();
          List<SignedTransaction> txs =
              in.list("block.transactions", MAX_TRANSACTIONS, SignedTransaction.CODEC);
          // Decoded transactions are canonical, so the bytes read (less the count's varint) are
          // exactly the sum of their encodings that the constructor would compute.
          long txBytes = in.position() - start - varintLength(txs.size());
          if (txBytes > MAX_TRANSACTIONS_BYTES) {
            throw new DecodeException(
                DecodeException.Reason.TOO_LONG,
                "block.transactions: " + txBytes + " bytes, limit " + MAX_TRANSACTIONS_BYTES);
          }
          return new Block(header, txs);
        }

        @Override
        public Block decode(Bytes bytes) {
          if (bytes.size() > MAX_ENCODED_SIZE) {
            throw new DecodeException(
                DecodeException.Reason.TOO_LONG,
                "block: " + bytes.size() + " bytes, limit " + MAX_ENCODED_SIZE);
          }
          return Codec.super.decode(bytes);
        }
      };

  public Block {
    Objects.requireNonNull(header, "header");
    if (transactions.size() > MAX_TRANSACTIONS) {
      throw new IllegalArgumentException(
          transactions.size() + " transactions, limit " + MAX_TRANSACTIONS);
    }
    transactions = List.copyOf(transactions);
    long bytes = transactionBytes(transactions);
    if (bytes > MAX_TRANSACTIONS_BYTES) {
      throw new IllegalArgumentException(
          "transactions take " + bytes + " bytes, limit " + MAX_TRANSACTIONS_BYTES);
    }
  }

  /**
   * The genesis block: height 0, no parent, no transactions, empty transaction and results roots.
   * The initial state (accounts, validators) comes from the genesis configuration, which the caller
   * has already applied to obtain {@code stateRoot} and {@code validatorSetHash}; {@code proposer}
   * is by convention the validator the configuration names first.
   */
  public static Block genesis(
      ChainId chainId,
      long timestampMillis,
      PublicKey proposer,
      Hash validatorSetHash,
      Hash stateRoot,
      HashFunction hash) {
    Hash empty = MerkleHashes.empty(hash);
    BlockHeader header =
        new BlockHeader(
            chainId,
            0,
            Hash.ZERO,
            timestampMillis,
            proposer,
            validatorSetHash,
            0,
            empty,
            stateRoot,
            empty,
            Optional.empty());
    return new Block(header, List.of());
  }

  /** The Merkle root whose leaves are the transaction ids' 32 bytes, in block order. */
  public static Hash transactionsRoot(HashFunction hash, List<SignedTransaction> transactions) {
    return MerkleTree.root(hash, idLeaves(hash, transactions));
  }

  /**
   * A proof that transaction {@code index} is in this block. Verify it against {@code
   * header().transactionsRoot()} and {@code header().transactionCount()}, with the id's 32 bytes as
   * leaf data.
   */
  public MerkleProof transactionProof(HashFunction hash, int index) {
    return MerkleTree.of(hash, idLeaves(hash, transactions)).proof(index);
  }

  public Hash hash(HashFunction hash) {
    return header.hash(hash);
  }

  public Bytes encode() {
    return CODEC.encode(this);
  }

  /**
   * Stateless consistency of header and transactions, checked in this order, first problem wins:
   * the transaction count; for each transaction in order, its chain id, its validity window against
   * the height, and that its id has not appeared before; then the transactions root. Signatures are
   * not checked here (see {@link SignedTransaction#verifySignatures}), nor anything that needs
   * state.
   */
  public StructureCheck verifyStructure(HashFunction hash) {
    // Only membership is asked of this set, never its iteration order, so it stays deterministic.
    if (header.transactionCount() != transactions.size()) {
      return new StructureCheck.Invalid(
          StructureCheck.Problem.TRANSACTION_COUNT_MISMATCH,
          -1,
          "header counts " + header.transactionCount() + ", block has " + transactions.size());
    }
    Set<TransactionId> seen = new HashSet<>();
    List<Bytes> leaves = new ArrayList<>(transactions.size());
    for (int i = 0; i < transactions.size(); i++) {
      SignedTransaction tx = transactions.get(i);
      if (!tx.body().chainId().equals(header.chainId())) {
        return new StructureCheck.Invalid(
            StructureCheck.Problem.CHAIN_ID_MISMATCH,
            i,
            "transaction for chain " + tx.body().chainId() + " in a block of " + header.chainId());
      }
      if (!tx.body().validity().contains(header.height())) {
        return new StructureCheck.Invalid(
            StructureCheck.Problem.OUTSIDE_VALIDITY_WINDOW,
            i,
            "transaction valid in " + tx.body().validity() + ", block at " + header.height());
      }
      TransactionId id = tx.id(hash);
      if (!seen.add(id)) {
        return new StructureCheck.Invalid(
            StructureCheck.Problem.DUPLICATE_TRANSACTION, i, "transaction " + id + " repeated");
      }
      leaves.add(id.hash().bytes());
    }
    Hash root = MerkleTree.root(hash, leaves);
    if (!root.equals(header.transactionsRoot())) {
      return new StructureCheck.Invalid(
          StructureCheck.Problem.TRANSACTIONS_ROOT_MISMATCH,
          -1,
          "header has " + header.transactionsRoot() + ", transactions give " + root);
    }
    return StructureCheck.VALID;
  }

  private static List<Bytes> idLeaves(HashFunction hash, List<SignedTransaction> transactions) {
    List<Bytes> leaves = new ArrayList<>(transactions.size());
    for (SignedTransaction tx : transactions) {
      leaves.add(tx.id(hash).hash().bytes());
    }
    return leaves;
  }

  private static int varintLength(int value) {
    return new CanonicalWriter(16).varint(value).size();
  }

  private static long transactionBytes(List<SignedTransaction> transactions) {
    long total = 0;
    for (SignedTransaction tx : transactions) {
      total += tx.encode().size();
    }
    return total;
  }
}
