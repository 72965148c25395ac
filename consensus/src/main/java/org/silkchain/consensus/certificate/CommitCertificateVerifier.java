package org.silkchain.consensus.certificate;

import static org.silkchain.consensus.validation.ValidationResult.reject;

import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.payload.VotePayload;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.validation.RejectReason;
import org.silkchain.consensus.validation.ValidationResult;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.block.CommitSignature;

/**
 * Checks that a {@link CommitCertificate} proves its block was decided: every signer is a distinct
 * validator of the height's set, every signature verifies over the precommit sign-bytes {@code
 * VotePayload.precommit(chainId, height, round, blockHash)}, and the signers hold a quorum ({@code
 * > 2/3}) of the set's power.
 *
 * <p>Structural checks (membership, distinctness, power) run before any signature is verified, so a
 * malformed certificate costs no cryptography. A certificate that counts a signer twice is rejected
 * even when the duplicate would not change the outcome: one encoding per decision.
 */
public final class CommitCertificateVerifier {
  private final String chainId;
  private final SignatureVerifier verifier;
  private final QuorumRule quorum;

  public CommitCertificateVerifier(String chainId, SignatureVerifier verifier, QuorumRule quorum) {
    this.chainId = chainId;
    this.verifier = verifier;
    this.quorum = quorum;
  }

  /** Verifies against the set the schedule assigns to the certificate's height. */
  public ValidationResult verify(CommitCertificate certificate, ValidatorSchedule schedule) {
    if (certificate.height() < 1) {
      return reject(RejectReason.WRONG_HEIGHT, "certificate for height 0");
    }
    return verify(certificate, schedule.setAt(certificate.height()));
  }

  /** Verifies against {@code validators}, which the caller asserts is the set of its height. */
  public ValidationResult verify(CommitCertificate certificate, ValidatorSet validators) {
    if (certificate.height() < 1) {
      return reject(RejectReason.WRONG_HEIGHT, "certificate for height 0");
    }
    TreeSet<PublicKey> seen = new TreeSet<>();
    long power = 0;
    for (CommitSignature s : certificate.signatures()) {
      long p = validators.power(s.validator());
      if (p == 0) {
        return reject(RejectReason.NOT_A_VALIDATOR, "signer " + s.validator());
      }
      if (!seen.add(s.validator())) {
        return reject(RejectReason.DUPLICATE_SIGNER, "signer " + s.validator() + " twice");
      }
      power += p;
    }
    if (!quorum.isQuorum(power, validators.totalPower())) {
      return reject(
          RejectReason.INSUFFICIENT_POWER,
          "signers hold " + power + " of " + validators.totalPower());
    }
    Bytes signBytes =
        VotePayload.precommit(
                chainId, certificate.height(), certificate.round(), certificate.blockHash())
            .signBytes();
    for (CommitSignature s : certificate.signatures()) {
      if (!verifier.verify(s.validator(), signBytes, s.signature())) {
        return reject(RejectReason.BAD_SIGNATURE, "signer " + s.validator());
      }
    }
    return ValidationResult.ACCEPTED;
  }
}
