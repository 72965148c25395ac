package org.silkchain.consensus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.testing.Fixture;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.Signature;

class PrevoteValidatorTest {
  private final Fixture fx = Fixture.of(4);
  private final PrevoteValidator validator = new PrevoteValidator();
  private final Hash value = fx.id(Fixture.block("a"));

  private RejectReason reject(SignedVote vote, Optional<SignedVote> existing) {
    return validator.validate(vote, fx.context(1, 0), existing).reason();
  }

  @Test
  void acceptsACorrectPrevote() {
    assertThat(
            validator.validate(
                fx.prevote(1, 1, 0, Optional.of(value)), fx.context(1, 0), Optional.empty()))
        .isEqualTo(ValidationResult.ACCEPTED);
  }

  @Test
  void acceptsNilAndLaterRounds() {
    assertThat(
            validator
                .validate(fx.prevote(1, 1, 3, Optional.empty()), fx.context(1, 0), Optional.empty())
                .isAccepted())
        .isTrue();
  }

  @Test
  void rejectsWrongChain() {
    SignedVote v =
        fx.vote(fx.keys.get(1), 1, 0, VoteType.PREVOTE, Optional.of(value), "other-chain");
    assertThat(reject(v, Optional.empty())).isEqualTo(RejectReason.WRONG_CHAIN);
  }

  @Test
  void rejectsWrongHeight() {
    assertThat(reject(fx.prevote(1, 2, 0, Optional.of(value)), Optional.empty()))
        .isEqualTo(RejectReason.WRONG_HEIGHT);
  }

  @Test
  void rejectsAPrecommit() {
    assertThat(reject(fx.precommit(1, 1, 0, Optional.of(value)), Optional.empty()))
        .isEqualTo(RejectReason.WRONG_TYPE);
  }

  @Test
  void rejectsANonValidatorAuthor() {
    SignedVote v =
        fx.vote(Fixture.outsider(), 1, 0, VoteType.PREVOTE, Optional.of(value), Fixture.CHAIN);
    assertThat(reject(v, Optional.empty())).isEqualTo(RejectReason.NOT_A_VALIDATOR);
  }

  @Test
  void rejectsABadSignature() {
    SignedVote good = fx.prevote(1, 1, 0, Optional.of(value));
    byte[] sig = good.signature().bytes().toArray();
    sig[0] ^= 1;
    SignedVote bad = new SignedVote(good.payload(), good.author(), new Signature(Bytes.wrap(sig)));
    assertThat(reject(bad, Optional.empty())).isEqualTo(RejectReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsAnotherValidatorsSignature() {
    SignedVote good = fx.prevote(1, 1, 0, Optional.of(value));
    SignedVote stolen = new SignedVote(good.payload(), fx.pub(2), good.signature());
    assertThat(reject(stolen, Optional.empty())).isEqualTo(RejectReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsADuplicate() {
    SignedVote v = fx.prevote(1, 1, 0, Optional.of(value));
    assertThat(reject(v, Optional.of(v))).isEqualTo(RejectReason.DUPLICATE);
  }

  @Test
  void flagsAConflictingVoteOnlyWhenCorrectlySigned() {
    SignedVote first = fx.prevote(1, 1, 0, Optional.of(value));
    SignedVote second = fx.prevote(1, 1, 0, Optional.empty());
    assertThat(reject(second, Optional.of(first))).isEqualTo(RejectReason.CONFLICTING);
    SignedVote forged = new SignedVote(second.payload(), second.author(), first.signature());
    assertThat(reject(forged, Optional.of(first))).isEqualTo(RejectReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsRoundsBeyondTheWindowAfterCheckingTheSignature() {
    assertThat(reject(fx.prevote(1, 1, 17, Optional.empty()), Optional.empty()))
        .isEqualTo(RejectReason.ROUND_TOO_FAR);
    assertThat(
            validator
                .validate(
                    fx.prevote(1, 1, 16, Optional.empty()), fx.context(1, 0), Optional.empty())
                .isAccepted())
        .isTrue();
  }
}
