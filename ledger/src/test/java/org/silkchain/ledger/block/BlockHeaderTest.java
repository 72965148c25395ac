package org.silkchain.ledger.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.silkchain.ledger.block.BlockFixtures.HASH;
import static org.silkchain.ledger.block.BlockFixtures.child;
import static org.silkchain.ledger.block.BlockFixtures.genesis;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.ChainId;

/**
 * The lineage invariants: genesis has no parent, every other header the certificate of its parent.
 */
class BlockHeaderTest {
  private static final BlockHeader CHILD = child(List.of()).header();
  private static final Hash OTHER = HASH.digest(Bytes.utf8("other"));

  private static BlockHeader withLineage(
      long height, Hash previous, Optional<CommitCertificate> parent) {
    return new BlockHeader(
        CHILD.chainId(),
        height,
        previous,
        CHILD.timestampMillis(),
        CHILD.proposer(),
        CHILD.validatorSetHash(),
        CHILD.transactionCount(),
        CHILD.transactionsRoot(),
        CHILD.stateRoot(),
        CHILD.resultsRoot(),
        parent);
  }

  /** The encoding of a header with these parent fields, written without the constructor. */
  private static Bytes encodeUnchecked(
      long height, Hash previous, Optional<CommitCertificate> parent) {
    CanonicalWriter out = new CanonicalWriter().header(BlockHeader.TYPE_TAG, BlockHeader.VERSION);
    ChainId.CODEC.encode(CHILD.chainId(), out);
    out.u63(height);
    Hash.CODEC.encode(previous, out);
    out.u63(CHILD.timestampMillis());
    PublicKey.CODEC.encode(CHILD.proposer(), out);
    Hash.CODEC.encode(CHILD.validatorSetHash(), out);
    out.u32(CHILD.transactionCount());
    for (Hash h : List.of(CHILD.transactionsRoot(), CHILD.stateRoot(), CHILD.resultsRoot())) {
      Hash.CODEC.encode(h, out);
    }
    out.optional(parent, CommitCertificate.CODEC);
    return out.toBytes();
  }

  private static void rejected(
      String message, long height, Hash previous, Optional<CommitCertificate> parent) {
    assertThatThrownBy(() -> withLineage(height, previous, parent))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
    assertThatThrownBy(() -> BlockHeader.CODEC.decode(encodeUnchecked(height, previous, parent)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(DecodeException.Reason.INVALID_VALUE);
              assertThat(e.getMessage()).contains(message);
            });
  }

  @Test
  void theUncheckedEncoderMatchesTheCodec() {
    assertThat(encodeUnchecked(2, CHILD.previousHash(), CHILD.parentCommit()))
        .isEqualTo(CHILD.encode());
  }

  @Test
  void genesisHasNoParent() {
    Hash parent = genesis().hash(HASH);
    rejected(
        "genesis header has a parent commit",
        0,
        Hash.ZERO,
        Optional.of(new CommitCertificate(0, 0, Hash.ZERO, List.of())));
    rejected("genesis header has a previous hash", 0, parent, Optional.empty());
  }

  @Test
  void blockOneHasNoParentCommitBecauseGenesisIsNotVotedOn() {
    Hash genesisHash = genesis().hash(HASH);
    assertThat(withLineage(1, genesisHash, Optional.empty()).parentCommit()).isEmpty();
    rejected(
        "block 1 names a commit of genesis",
        1,
        genesisHash,
        Optional.of(new CommitCertificate(0, 0, genesisHash, List.of())));
  }

  @Test
  void laterHeadersCarryTheirParentsCertificate() {
    Hash parent = CHILD.previousHash();
    rejected("header at height 2 has no parent commit", 2, parent, Optional.empty());
    rejected(
        "parent commit is for height 2, expected 1",
        2,
        parent,
        Optional.of(new CommitCertificate(2, 0, parent, List.of())));
    rejected(
        "parent commit is for block",
        2,
        OTHER,
        Optional.of(new CommitCertificate(1, 0, parent, List.of())));
  }
}
