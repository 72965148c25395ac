package org.silkchain.consensus.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.consensus.validation.RejectReason;
import org.silkchain.consensus.validation.ValidationResult;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.consensus.validator.ValidatorUpdate;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.Signature;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.ledger.block.CommitSignature;

class CommitCertificateVerifierTest {
  private final Fixture fx = Fixture.of(4);
  private final Hash value = fx.id(Fixture.block("decided"));
  private final CommitCertificateVerifier verifier =
      new CommitCertificateVerifier(
          Fixture.CHAIN, SignatureVerifier.bySuite(), QuorumRule.BYZANTINE);

  private CommitCertificate certificate(int... signers) {
    List<SignedVote> votes = new ArrayList<>();
    for (int i : signers) {
      votes.add(fx.precommit(i, 1, 2, Optional.of(value)));
    }
    return CommitCertificates.fromPrecommits(1, 2, value, votes);
  }

  @Test
  void acceptsTwoThirdsPlusOfDistinctValidators() {
    assertThat(verifier.verify(certificate(0, 1, 2), fx.schedule))
        .isEqualTo(ValidationResult.ACCEPTED);
    assertThat(verifier.verify(certificate(0, 1, 2, 3), fx.set).isAccepted()).isTrue();
  }

  @Test
  void builderKeepsOnlyMatchingPrecommits() {
    List<SignedVote> mixed =
        List.of(
            fx.precommit(0, 1, 2, Optional.of(value)),
            fx.precommit(1, 1, 2, Optional.empty()),
            fx.prevote(2, 1, 2, Optional.of(value)),
            fx.precommit(3, 1, 1, Optional.of(value)));
    assertThat(CommitCertificates.fromPrecommits(1, 2, value, mixed).signatures()).hasSize(1);
  }

  @Test
  void rejectsTwoThirdsExactly() {
    assertThat(verifier.verify(certificate(0, 1), fx.set).reason())
        .isEqualTo(RejectReason.INSUFFICIENT_POWER);
  }

  @Test
  void rejectsANonValidatorSigner() {
    CommitCertificate good = certificate(0, 1, 2);
    var outsider = Fixture.outsider();
    List<CommitSignature> sigs = new ArrayList<>(good.signatures());
    SignedVote v =
        fx.vote(
            outsider,
            1,
            2,
            org.silkchain.consensus.payload.VoteType.PRECOMMIT,
            Optional.of(value),
            Fixture.CHAIN);
    sigs.add(new CommitSignature(outsider.publicKey(), v.signature()));
    CommitCertificate c = new CommitCertificate(1, 2, value, sigs);
    assertThat(verifier.verify(c, fx.set).reason()).isEqualTo(RejectReason.NOT_A_VALIDATOR);
  }

  @Test
  void aSignerCountedTwiceCannotEvenBeBuiltOrDecoded() {
    CommitSignature s = certificate(0).signatures().get(0);
    assertThatThrownBy(() -> new CommitCertificate(1, 2, value, List.of(s, s)))
        .isInstanceOf(IllegalArgumentException.class);
    // Hand-write the encoding the constructor refuses to produce.
    CanonicalWriter w =
        new CanonicalWriter().header(CommitCertificate.TYPE_TAG, CommitCertificate.VERSION);
    w.u63(1).u32(2);
    Hash.CODEC.encode(value, w);
    w.varint(2);
    CommitSignature.CODEC.encode(s, w);
    CommitSignature.CODEC.encode(s, w);
    assertThatThrownBy(() -> CommitCertificate.CODEC.decode(w.toBytes()))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.DUPLICATE));
  }

  @Test
  void rejectsASignatureOverAnotherMessage() {
    CommitCertificate good = certificate(0, 1, 2);
    List<CommitSignature> sigs = new ArrayList<>();
    sigs.add(good.signatures().get(0));
    sigs.add(good.signatures().get(1));
    // Validator 2's prevote signature for the same value is not a precommit signature.
    Signature prevoteSig = fx.prevote(2, 1, 2, Optional.of(value)).signature();
    sigs.add(new CommitSignature(fx.pub(2), prevoteSig));
    assertThat(verifier.verify(new CommitCertificate(1, 2, value, sigs), fx.set).reason())
        .isEqualTo(RejectReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsACertificateForAnotherRoundOrChain() {
    CommitCertificate good = certificate(0, 1, 2);
    CommitCertificate moved = new CommitCertificate(1, 3, value, good.signatures());
    assertThat(verifier.verify(moved, fx.set).reason()).isEqualTo(RejectReason.BAD_SIGNATURE);
    CommitCertificateVerifier otherChain =
        new CommitCertificateVerifier("other", SignatureVerifier.bySuite(), QuorumRule.BYZANTINE);
    assertThat(otherChain.verify(good, fx.set).reason()).isEqualTo(RejectReason.BAD_SIGNATURE);
  }

  @Test
  void usesTheValidatorSetOfTheCertificatesHeight() {
    // Finalizing height 1 doubles validator 0's power from height 3 on: total 5, quorum needs 4.
    var schedule = fx.schedule.afterFinalize(1, List.of(new ValidatorUpdate(fx.pub(3), 3)));
    List<SignedVote> votes = new ArrayList<>();
    for (int i : new int[] {0, 1, 2}) {
      votes.add(fx.precommit(i, 3, 0, Optional.of(value)));
    }
    CommitCertificate atThree = CommitCertificates.fromPrecommits(3, 0, value, votes);
    assertThat(verifier.verify(atThree, schedule).reason())
        .isEqualTo(RejectReason.INSUFFICIENT_POWER);
    votes.clear();
    for (int i : new int[] {0, 1, 2}) {
      votes.add(fx.precommit(i, 2, 0, Optional.of(value)));
    }
    assertThat(
            verifier
                .verify(CommitCertificates.fromPrecommits(2, 0, value, votes), schedule)
                .isAccepted())
        .isTrue();
  }

  @Test
  void rejectsHeightZero() {
    assertThat(verifier.verify(CommitCertificate.genesisParent(), fx.schedule).reason())
        .isEqualTo(RejectReason.WRONG_HEIGHT);
  }
}
