package org.silkchain.ledger.block;

import java.util.List;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.crypto.Hash;

/**
 * Proof that a block was decided: precommit signatures of validators holding more than two thirds
 * of the voting power for {@code blockHash} at {@code height} and {@code round}.
 *
 * <p>This type only carries the data. Checking it (signers are distinct validators of the height's
 * set, each signature is valid over the consensus protocol's precommit sign-bytes, and their power
 * exceeds two thirds) is the consensus module's job, since only it defines what a precommit is.
 * Signatures are kept sorted by validator key, so one certificate has one encoding.
 */
public record CommitCertificate(
    long height, int round, Hash blockHash, List<CommitSignature> signatures) {
  public static final int TYPE_TAG = 0x0301;
  public static final int VERSION = 1;

  /** Far above any validator set we plan for; bounds what a decoder will allocate. */
  public static final int MAX_SIGNATURES = 1024;

  /** The certificate of the (non-existent) parent of the genesis block. */
  public static CommitCertificate genesisParent() {
    return new CommitCertificate(0, 0, Hash.ZERO, List.of());
  }

  public static final Codec<CommitCertificate> CODEC =
      new Codec<>() {
        @Override
        public void encode(CommitCertificate c, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION)
              .u63(c.height)
              .u32(c.round)
              .raw(Hash.CODEC.encode(c.blockHash))
              .set(c.signatures, CommitSignature.CODEC);
        }

        @Override
        public CommitCertificate decode(CanonicalReader in) {
          in.header("commitCertificate", TYPE_TAG, VERSION);
          long height = in.u63("commitCertificate.height");
          long round = in.u32("commitCertificate.round");
          if (round > Integer.MAX_VALUE) {
            throw new org.silkchain.codec.DecodeException(
                org.silkchain.codec.DecodeException.Reason.INVALID_VALUE,
                "commitCertificate.round: " + round);
          }
          Hash blockHash = Hash.CODEC.decode(in);
          List<CommitSignature> sigs =
              in.set("commitCertificate.signatures", MAX_SIGNATURES, CommitSignature.CODEC);
          return new CommitCertificate(height, (int) round, blockHash, sigs);
        }
      };

  public CommitCertificate {
    if (height < 0 || round < 0) {
      throw new IllegalArgumentException("negative height or round");
    }
    // Sorted by encoding (the validator key comes first), as the set encoding writes them.
    signatures =
        signatures.stream()
            .sorted(java.util.Comparator.comparing(CommitSignature.CODEC::encode))
            .toList();
  }
}
