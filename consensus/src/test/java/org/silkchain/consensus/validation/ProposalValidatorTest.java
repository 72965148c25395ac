package org.silkchain.consensus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedProposal;
import org.silkchain.consensus.payload.ProposalPayload;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.crypto.Signature;

class ProposalValidatorTest {
  private final Fixture fx = Fixture.of(4);
  private final ProposalValidator validator = new ProposalValidator();
  private final Bytes block = Fixture.block("block at height 1");

  private ValidationResult check(ProposalMessage m, Optional<SignedProposal> existing) {
    return validator.validate(m, fx.context(1, 0), existing);
  }

  @Test
  void acceptsTheProposersProposal() {
    assertThat(check(fx.proposal(1, 0, block, -1), Optional.empty()).isAccepted()).isTrue();
    assertThat(check(fx.proposal(1, 3, block, 1), Optional.empty()).isAccepted()).isTrue();
  }

  @Test
  void rejectsWrongChain() {
    ProposalMessage good = fx.proposal(1, 0, block, -1);
    ProposalPayload p = new ProposalPayload("other", 1, 0, fx.id(block), -1);
    ProposalMessage m = signedBy(fx.proposer(1, 0), p, block);
    assertThat(check(m, Optional.empty()).reason()).isEqualTo(RejectReason.WRONG_CHAIN);
    assertThat(good).isNotEqualTo(m);
  }

  @Test
  void rejectsWrongHeight() {
    assertThat(check(fx.proposal(2, 0, block, -1), Optional.empty()).reason())
        .isEqualTo(RejectReason.WRONG_HEIGHT);
  }

  @Test
  void rejectsNonValidatorsAndNonProposers() {
    ProposalMessage outsider = fx.proposal(Fixture.outsider(), 1, 0, block, -1);
    assertThat(check(outsider, Optional.empty()).reason()).isEqualTo(RejectReason.NOT_A_VALIDATOR);
    ProposalMessage other = fx.proposal(fx.keys.get(fx.nonProposer(1, 0)), 1, 0, block, -1);
    assertThat(check(other, Optional.empty()).reason()).isEqualTo(RejectReason.NOT_PROPOSER);
  }

  @Test
  void rejectsAValidRoundNotBelowTheRound() {
    assertThat(check(fx.proposal(1, 2, block, 2), Optional.empty()).reason())
        .isEqualTo(RejectReason.INVALID_VALID_ROUND);
  }

  @Test
  void rejectsBadSignature() {
    ProposalMessage good = fx.proposal(1, 0, block, -1);
    byte[] sig = good.proposal().signature().bytes().toArray();
    sig[5] ^= 1;
    ProposalMessage bad =
        new ProposalMessage(
            new SignedProposal(
                good.proposal().payload(),
                good.proposal().author(),
                new Signature(Bytes.wrap(sig))),
            block);
    assertThat(check(bad, Optional.empty()).reason()).isEqualTo(RejectReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsBlockBytesThatDoNotHashToTheSignedValue() {
    ProposalMessage good = fx.proposal(1, 0, block, -1);
    ProposalMessage swapped = new ProposalMessage(good.proposal(), Fixture.block("another block"));
    assertThat(check(swapped, Optional.empty()).reason()).isEqualTo(RejectReason.VALUE_MISMATCH);
  }

  @Test
  void rejectsOversizedBlocks() {
    ProposalMessage big = fx.proposal(1, 0, Bytes.wrap(new byte[1025]), -1);
    assertThat(check(big, Optional.empty()).reason()).isEqualTo(RejectReason.BLOCK_TOO_LARGE);
  }

  @Test
  void duplicateAndEquivocation() {
    ProposalMessage first = fx.proposal(1, 0, block, -1);
    assertThat(check(first, Optional.of(first.proposal())).reason())
        .isEqualTo(RejectReason.DUPLICATE);
    ProposalMessage second = fx.proposal(1, 0, Fixture.block("other"), -1);
    assertThat(check(second, Optional.of(first.proposal())).reason())
        .isEqualTo(RejectReason.CONFLICTING);
  }

  @Test
  void rejectsRoundsBeyondTheWindow() {
    assertThat(check(fx.proposal(1, 40, block, -1), Optional.empty()).reason())
        .isEqualTo(RejectReason.ROUND_TOO_FAR);
  }

  private ProposalMessage signedBy(int i, ProposalPayload p, Bytes b) {
    return new ProposalMessage(
        new SignedProposal(p, fx.pub(i), fx.signer(i).sign(p.signBytes())), b);
  }
}
