package org.silkchain.consensus.validation;

import static org.silkchain.consensus.validation.ValidationResult.reject;

import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.message.DecisionMessage;

/**
 * Decides whether a decided block sent by a peer may be adopted without running the height's
 * rounds: it must be for the height being decided, within the size limit, hash to the value its
 * certificate names, and carry a certificate the {@link CommitCertificateVerifier} accepts against
 * the height's validator set. The sender need not be trusted, or even be a validator.
 */
public final class DecisionValidator {
  private final CommitCertificateVerifier certificates;

  public DecisionValidator(CommitCertificateVerifier certificates) {
    this.certificates = certificates;
  }

  public ValidationResult validate(DecisionMessage message, ValidationContext ctx) {
    long height = message.certificate().height();
    if (height != ctx.height()) {
      return reject(RejectReason.WRONG_HEIGHT, "height " + height + ", at " + ctx.height());
    }
    if (message.block().size() > ctx.maxBlockBytes()) {
      return reject(
          RejectReason.BLOCK_TOO_LARGE,
          message.block().size() + " bytes, limit " + ctx.maxBlockBytes());
    }
    if (!ctx.hasher().valueId(message.block()).equals(message.certificate().blockHash())) {
      return reject(
          RejectReason.VALUE_MISMATCH,
          "block does not hash to " + message.certificate().blockHash());
    }
    return certificates.verify(message.certificate(), ctx.validators());
  }
}
