package org.silkchain.consensus.validation;

import static org.silkchain.consensus.validation.ValidationResult.reject;

import java.util.Optional;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VotePayload;
import org.silkchain.consensus.payload.VoteType;

/**
 * The checks prevotes and precommits share, cheapest first so that junk costs no signature check:
 * chain, height, type, author, duplicate, signature, round window, conflict.
 */
final class VoteChecks {
  private VoteChecks() {}

  static ValidationResult check(
      SignedVote vote, VoteType expected, ValidationContext ctx, Optional<SignedVote> existing) {
    VotePayload p = vote.payload();
    if (!p.chainId().equals(ctx.chainId())) {
      return reject(RejectReason.WRONG_CHAIN, "chain " + p.chainId());
    }
    if (p.height() != ctx.height()) {
      return reject(RejectReason.WRONG_HEIGHT, "height " + p.height() + ", at " + ctx.height());
    }
    if (p.type() != expected) {
      return reject(RejectReason.WRONG_TYPE, p.type() + ", expected " + expected);
    }
    if (!ctx.validators().contains(vote.author())) {
      return reject(RejectReason.NOT_A_VALIDATOR, "author " + vote.author());
    }
    if (existing.isPresent() && existing.get().payload().equals(p)) {
      return reject(RejectReason.DUPLICATE, expected + " round " + p.round());
    }
    if (!ctx.verifier().verify(vote.author(), p.signBytes(), vote.signature())) {
      return reject(RejectReason.BAD_SIGNATURE, expected + " from " + vote.author());
    }
    if (ctx.beyondWindow(p.round())) {
      return reject(RejectReason.ROUND_TOO_FAR, "round " + p.round() + ", at " + ctx.round());
    }
    if (existing.isPresent()) {
      return reject(
          RejectReason.CONFLICTING,
          expected
              + " round "
              + p.round()
              + ": "
              + existing.get().payload().value()
              + " and "
              + p.value());
    }
    return ValidationResult.ACCEPTED;
  }
}
