package org.silkchain.ledger.block;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.HashDomains;
import org.silkchain.ledger.transaction.ChainId;

/**
 * What a block commits to. The block hash is {@code H(BLOCK_HASH || header encoding)}, so the
 * header alone (without transactions) is enough to follow and check the chain.
 *
 * <ul>
 *   <li>{@code timestampMillis}: block time in milliseconds since the Unix epoch, chosen by the
 *       proposer; consensus decides which values validators accept. Nothing here reads a clock.
 *   <li>{@code validatorSetHash}: hash of the validator set that decides this height, as the
 *       consensus module defines it, so that a light client can tell which keys to expect in the
 *       next block's {@code parentCommit}.
 *   <li>{@code transactionCount}: how many transactions the block has. It is the tree size a Merkle
 *       proof against {@code transactionsRoot} (or {@code resultsRoot}) must be checked with: an
 *       RFC 6962 proof does not authenticate the size by itself, and with a wrong size a proof for
 *       one index can verify for another (leaf 2 of 3 and leaf 1 of 2 share their path).
 *   <li>{@code transactionsRoot}: {@link Block#transactionsRoot} of the transactions.
 *   <li>{@code stateRoot}: state root after executing this block's transactions.
 *   <li>{@code resultsRoot}: Merkle root of this block's transaction results (receipts), in
 *       transaction order.
 *   <li>{@code parentCommit}: the certificate that decided the previous block; empty exactly for
 *       the genesis block (height 0), which has no parent.
 * </ul>
 *
 * <p>The format version is the header's codec version ({@link #VERSION}).
 *
 * <p>Invariants: height is non-negative. Height 0 has the zero previous hash and no parent commit.
 * Height 1 has no parent commit (genesis is agreed by configuration, not voted on). Above 1, the
 * parent commit is for height - 1 and for {@code previousHash}.
 */
public record BlockHeader(
    ChainId chainId,
    long height,
    Hash previousHash,
    long timestampMillis,
    PublicKey proposer,
    Hash validatorSetHash,
    int transactionCount,
    Hash transactionsRoot,
    Hash stateRoot,
    Hash resultsRoot,
    Optional<CommitCertificate> parentCommit) {
  public static final int TYPE_TAG = 0x0304;
  public static final int VERSION = 1;

  public static final Codec<BlockHeader> CODEC =
      new Codec<>() {
        @Override
        public void encode(BlockHeader h, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          ChainId.CODEC.encode(h.chainId, out);
          out.u63(h.height);
          Hash.CODEC.encode(h.previousHash, out);
          out.u63(h.timestampMillis);
          PublicKey.CODEC.encode(h.proposer, out);
          Hash.CODEC.encode(h.validatorSetHash, out);
          out.u32(h.transactionCount);
          Hash.CODEC.encode(h.transactionsRoot, out);
          Hash.CODEC.encode(h.stateRoot, out);
          Hash.CODEC.encode(h.resultsRoot, out);
          out.optional(h.parentCommit, CommitCertificate.CODEC);
        }

        @Override
        public BlockHeader decode(CanonicalReader in) {
          in.header("blockHeader", TYPE_TAG, VERSION);
          ChainId chainId = ChainId.CODEC.decode(in);
          long height = in.u63("blockHeader.height");
          Hash previousHash = Hash.CODEC.decode(in);
          long timestamp = in.u63("blockHeader.timestampMillis");
          PublicKey proposer = PublicKey.CODEC.decode(in);
          Hash validatorSetHash = Hash.CODEC.decode(in);
          long count = in.u32("blockHeader.transactionCount");
          if (count > Block.MAX_TRANSACTIONS) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE,
                "blockHeader.transactionCount: " + count + ", limit " + Block.MAX_TRANSACTIONS);
          }
          Hash transactionsRoot = Hash.CODEC.decode(in);
          Hash stateRoot = Hash.CODEC.decode(in);
          Hash resultsRoot = Hash.CODEC.decode(in);
          Optional<CommitCertificate> parentCommit =
              in.optional("blockHeader.parentCommit", CommitCertificate.CODEC);
          String problem = lineageProblem(height, previousHash, parentCommit);
          if (problem != null) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "blockHeader: " + problem);
          }
          return new BlockHeader(
              chainId,
              height,
              previousHash,
              timestamp,
              proposer,
              validatorSetHash,
              (int) count,
              transactionsRoot,
              stateRoot,
              resultsRoot,
              parentCommit);
        }
      };

  public BlockHeader {
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(validatorSetHash, "validatorSetHash");
    Objects.requireNonNull(transactionsRoot, "transactionsRoot");
    Objects.requireNonNull(stateRoot, "stateRoot");
    Objects.requireNonNull(resultsRoot, "resultsRoot");
    Objects.requireNonNull(parentCommit, "parentCommit");
    if (height < 0 || timestampMillis < 0) {
      throw new IllegalArgumentException("negative height or timestamp");
    }
    if (transactionCount < 0 || transactionCount > Block.MAX_TRANSACTIONS) {
      throw new IllegalArgumentException(
          "transaction count " + transactionCount + " outside 0.." + Block.MAX_TRANSACTIONS);
    }
    String problem = lineageProblem(height, previousHash, parentCommit);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Why the parent fields do not fit the height, or null when they do. */
  private static String lineageProblem(
      long height, Hash previousHash, Optional<CommitCertificate> parentCommit) {
    if (height == 0) {
      if (parentCommit.isPresent()) {
        return "genesis header has a parent commit";
      }
      if (!previousHash.equals(Hash.ZERO)) {
        return "genesis header has a previous hash";
      }
      return null;
    }
    if (height == 1) {
      // Genesis is agreed by configuration, never decided by votes: it has no certificate.
      return parentCommit.isPresent() ? "block 1 names a commit of genesis" : null;
    }
    if (parentCommit.isEmpty()) {
      return "header at height " + height + " has no parent commit";
    }
    CommitCertificate commit = parentCommit.get();
    if (commit.height() != height - 1) {
      return "parent commit is for height " + commit.height() + ", expected " + (height - 1);
    }
    if (!commit.blockHash().equals(previousHash)) {
      return "parent commit is for block " + commit.blockHash() + ", not " + previousHash;
    }
    return null;
  }

  public boolean isGenesis() {
    return height == 0;
  }

  public Bytes encode() {
    return CODEC.encode(this);
  }

  /** The block hash: {@code H(BLOCK_HASH || header encoding)}. */
  public Hash hash(HashFunction hash) {
    return hash.digest(HashDomains.BLOCK_HASH, encode());
  }
}
