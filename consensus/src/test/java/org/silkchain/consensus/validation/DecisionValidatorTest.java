package org.silkchain.consensus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.certificate.CommitCertificates;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.ledger.block.CommitCertificate;

class DecisionValidatorTest {
  private final Fixture fx = Fixture.of(4);
  private final Bytes block = Fixture.block("decided block");
  private final DecisionValidator validator =
      new DecisionValidator(
          new CommitCertificateVerifier(
              Fixture.CHAIN, SignatureVerifier.bySuite(), QuorumRule.BYZANTINE));

  private CommitCertificate cert(long height, int... signers) {
    return CommitCertificates.fromPrecommits(
        height,
        0,
        fx.id(block),
        java.util.Arrays.stream(signers)
            .mapToObj(i -> fx.precommit(i, height, 0, Optional.of(fx.id(block))))
            .toList());
  }

  @Test
  void acceptsACertifiedBlock() {
    assertThat(
            validator
                .validate(new DecisionMessage(block, cert(1, 0, 1, 3)), fx.context(1, 5))
                .isAccepted())
        .isTrue();
  }

  @Test
  void rejectsAnotherHeight() {
    assertThat(
            validator
                .validate(new DecisionMessage(block, cert(2, 0, 1, 3)), fx.context(1, 0))
                .reason())
        .isEqualTo(RejectReason.WRONG_HEIGHT);
  }

  @Test
  void rejectsBytesThatAreNotTheCertifiedBlock() {
    DecisionMessage m = new DecisionMessage(Fixture.block("forged"), cert(1, 0, 1, 3));
    assertThat(validator.validate(m, fx.context(1, 0)).reason())
        .isEqualTo(RejectReason.VALUE_MISMATCH);
  }

  @Test
  void rejectsAWeakCertificate() {
    assertThat(
            validator
                .validate(new DecisionMessage(block, cert(1, 0, 1)), fx.context(1, 0))
                .reason())
        .isEqualTo(RejectReason.INSUFFICIENT_POWER);
    CommitCertificate empty = new CommitCertificate(1, 0, fx.id(block), List.of());
    assertThat(validator.validate(new DecisionMessage(block, empty), fx.context(1, 0)).reason())
        .isEqualTo(RejectReason.INSUFFICIENT_POWER);
  }

  @Test
  void rejectsOversizedBlocks() {
    Bytes big = Bytes.wrap(new byte[2000]);
    CommitCertificate c =
        CommitCertificates.fromPrecommits(
            1,
            0,
            fx.id(big),
            List.of(
                fx.precommit(0, 1, 0, Optional.of(fx.id(big))),
                fx.precommit(1, 1, 0, Optional.of(fx.id(big))),
                fx.precommit(2, 1, 0, Optional.of(fx.id(big)))));
    assertThat(validator.validate(new DecisionMessage(big, c), fx.context(1, 0)).reason())
        .isEqualTo(RejectReason.BLOCK_TOO_LARGE);
  }
}
