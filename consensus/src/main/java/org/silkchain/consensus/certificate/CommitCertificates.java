package org.silkchain.consensus.certificate;

import java.util.Collection;
import java.util.List;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.block.CommitSignature;

/** Builds commit certificates from the precommits that decided a block. */
public final class CommitCertificates {
  private CommitCertificates() {}

  /**
   * The certificate for {@code value} at {@code (height, round)} from the given precommits. Only
   * non-nil precommits for exactly that height, round and value are used, so a caller may pass all
   * the precommits of a round; the caller is responsible for them having been validated and for
   * their power being a quorum.
   */
  public static CommitCertificate fromPrecommits(
      long height, int round, Hash value, Collection<SignedVote> precommits) {
    List<CommitSignature> signatures =
        precommits.stream()
            .filter(v -> v.type() == VoteType.PRECOMMIT)
            .filter(v -> v.height() == height && v.round() == round)
            .filter(v -> v.payload().value().equals(java.util.Optional.of(value)))
            .map(v -> new CommitSignature(v.author(), v.signature()))
            .toList();
    return new CommitCertificate(height, round, value, signatures);
  }
}
