package org.silkchain.consensus.validation;

import java.util.Optional;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;

/**
 * Decides whether a received prevote may be counted. A prevote is acceptable when it is for this
 * chain and height, from a validator of the height's set, correctly signed, for a round within the
 * storage window, and the first prevote of its author in its round.
 *
 * <p>{@code existing} is the author's prevote already stored for that round, if any: an identical
 * one makes this a {@link RejectReason#DUPLICATE}, a different one (correctly signed) a {@link
 * RejectReason#CONFLICTING} vote, which the caller turns into evidence.
 */
public final class PrevoteValidator {
  public ValidationResult validate(
      SignedVote vote, ValidationContext ctx, Optional<SignedVote> existing) {
    return VoteChecks.check(vote, VoteType.PREVOTE, ctx, existing);
  }
}
