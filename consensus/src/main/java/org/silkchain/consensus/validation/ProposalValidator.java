package org.silkchain.consensus.validation;

import static org.silkchain.consensus.validation.ValidationResult.reject;

import java.util.Optional;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedProposal;
import org.silkchain.consensus.payload.ProposalPayload;

/**
 * Decides whether a received proposal may be used: for this chain and height, signed by the
 * proposer of its round ({@code proposer(h, r)} of the paper), with a valid round below its round,
 * a block within the size limit whose hash is the signed value, and the first proposal of that
 * round.
 *
 * <p>Cheap checks run first; the signature and the block hash, the expensive ones, last. The
 * application's judgment of the block ({@code valid(v)}) is not made here: the engine asks the
 * application separately, since validity is not a property of the message.
 *
 * <p>{@code existing} is the proposal already stored for that round: the same payload is a {@link
 * RejectReason#DUPLICATE}, another one signed by the same proposer is {@link
 * RejectReason#CONFLICTING} (an equivocating proposer), which the caller turns into evidence.
 */
public final class ProposalValidator {
  public ValidationResult validate(
      ProposalMessage message, ValidationContext ctx, Optional<SignedProposal> existing) {
    SignedProposal signed = message.proposal();
    ProposalPayload p = signed.payload();
    if (!p.chainId().equals(ctx.chainId())) {
      return reject(RejectReason.WRONG_CHAIN, "chain " + p.chainId());
    }
    if (p.height() != ctx.height()) {
      return reject(RejectReason.WRONG_HEIGHT, "height " + p.height() + ", at " + ctx.height());
    }
    if (!ctx.validators().contains(signed.author())) {
      return reject(RejectReason.NOT_A_VALIDATOR, "author " + signed.author());
    }
    if (!ctx.validators().proposer(p.height(), p.round()).equals(signed.author())) {
      return reject(
          RejectReason.NOT_PROPOSER, signed.author() + " does not propose round " + p.round());
    }
    if (p.validRound() >= p.round()) {
      return reject(
          RejectReason.INVALID_VALID_ROUND,
          "valid round " + p.validRound() + " in round " + p.round());
    }
    if (message.block().size() > ctx.maxBlockBytes()) {
      return reject(
          RejectReason.BLOCK_TOO_LARGE,
          message.block().size() + " bytes, limit " + ctx.maxBlockBytes());
    }
    if (existing.isPresent() && existing.get().payload().equals(p)) {
      return reject(RejectReason.DUPLICATE, "proposal round " + p.round());
    }
    if (!ctx.verifier().verify(signed.author(), p.signBytes(), signed.signature())) {
      return reject(RejectReason.BAD_SIGNATURE, "proposal from " + signed.author());
    }
    if (ctx.beyondWindow(p.round())) {
      return reject(RejectReason.ROUND_TOO_FAR, "round " + p.round() + ", at " + ctx.round());
    }
    if (existing.isPresent()) {
      return reject(
          RejectReason.CONFLICTING,
          "round " + p.round() + ": " + existing.get().payload() + " and " + p);
    }
    if (!ctx.hasher().valueId(message.block()).equals(p.valueHash())) {
      return reject(RejectReason.VALUE_MISMATCH, "block does not hash to " + p.valueHash());
    }
    return ValidationResult.ACCEPTED;
  }
}
