package org.silkchain.ledger.block;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;

/**
 * Proof that a block was decided: precommit signatures of validators holding more than two thirds
 * of the voting power for {@code blockHash} at {@code height} and {@code round}.
 *
 * <p>This type only carries the data. Checking it (signers are validators of the height's set, each
 * signature is valid over the consensus protocol's precommit sign-bytes, and their power exceeds
 * two thirds) is the consensus module's job, since only it defines what a precommit is.
 *
 * <p>Invariants: non-negative height and round; at most {@value #MAX_SIGNATURES} signatures, sorted
 * by validator key (which is also the order of their encodings), no validator twice. The
 * constructor sorts; the decoder accepts only the sorted form, so one certificate has one encoding.
 */
public record CommitCertificate(
    long height, int round, Hash blockHash, List<CommitSignature> signatures) {
  public static final int TYPE_TAG = 0x0301;
  public static final int VERSION = 1;

  /** Far above any validator set we plan for; bounds what a decoder will allocate. */
  public static final int MAX_SIGNATURES = 1024;

  private static final Comparator<CommitSignature> BY_VALIDATOR =
      Comparator.comparing(CommitSignature::validator);

  /**
   * An empty certificate for height 0 and the zero hash. Block headers do not use it (a genesis
   * header has no parent commit at all, see {@link BlockHeader#parentCommit()}); it remains for
   * code that needs a placeholder.
   */
  public static CommitCertificate genesisParent() {
    return new CommitCertificate(0, 0, Hash.ZERO, List.of());
  }

  public static final Codec<CommitCertificate> CODEC =
      new Codec<>() {
        @Override
        public void encode(CommitCertificate c, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION).u63(c.height).u32(c.round);
          Hash.CODEC.encode(c.blockHash, out);
          out.list(c.signatures, CommitSignature.CODEC);
        }

        @Override
        public CommitCertificate decode(CanonicalReader in) {
          in.header("commitCertificate", TYPE_TAG, VERSION);
          long height = in.u63("commitCertificate.height");
          long round = in.u32("commitCertificate.round");
          if (round > Integer.MAX_VALUE) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "commitCertificate.round: " + round);
          }
          Hash blockHash = Hash.CODEC.decode(in);
          List<CommitSignature> sigs =
              in.list("commitCertificate.signatures", MAX_SIGNATURES, CommitSignature.CODEC);
          for (int i = 1; i < sigs.size(); i++) {
            int cmp = BY_VALIDATOR.compare(sigs.get(i - 1), sigs.get(i));
            if (cmp == 0) {
              throw new DecodeException(
                  DecodeException.Reason.DUPLICATE,
                  "commitCertificate.signatures: validator " + sigs.get(i).validator() + " twice");
            }
            if (cmp > 0) {
              throw new DecodeException(
                  DecodeException.Reason.NOT_SORTED,
                  "commitCertificate.signatures: element " + i + " out of order");
            }
          }
          return new CommitCertificate(height, (int) round, blockHash, sigs);
        }
      };

  public CommitCertificate {
    if (height < 0 || round < 0) {
      throw new IllegalArgumentException("negative height or round");
    }
    Objects.requireNonNull(blockHash, "blockHash");
    if (signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException(
          signatures.size() + " commit signatures, limit " + MAX_SIGNATURES);
    }
    List<CommitSignature> sorted = new ArrayList<>(signatures);
    sorted.sort(BY_VALIDATOR);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).validator().equals(sorted.get(i).validator())) {
        throw new IllegalArgumentException("validator " + sorted.get(i).validator() + " twice");
      }
    }
    signatures = List.copyOf(sorted);
  }
}
