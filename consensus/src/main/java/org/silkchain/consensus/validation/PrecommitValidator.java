package org.silkchain.consensus.validation;

import java.util.Optional;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;

/**
 * Decides whether a received precommit may be counted. Same checks as prevotes ({@link
 * PrevoteValidator}), for the precommit type: precommits are what commit certificates are made of,
 * so a precommit accepted here is one a certificate may later include.
 */
public final class PrecommitValidator {
  public ValidationResult validate(
      SignedVote vote, ValidationContext ctx, Optional<SignedVote> existing) {
    return VoteChecks.check(vote, VoteType.PRECOMMIT, ctx, existing);
  }
}
