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

class PrecommitValidatorTest {
  private final Fixture fx = Fixture.of(4);
  private final PrecommitValidator validator = new PrecommitValidator();
  private final Hash value = fx.id(Fixture.block("a"));

  private ValidationResult check(SignedVote vote, Optional<SignedVote> existing) {
    return validator.validate(vote, fx.context(1, 2), existing);
  }

  @Test
  void acceptsACorrectPrecommitOfAnEarlierRound() {
    assertThat(check(fx.precommit(3, 1, 0, Optional.of(value)), Optional.empty()).isAccepted())
        .isTrue();
  }

  @Test
  void rejectsWrongChainHeightAndType() {
    SignedVote otherChain =
        fx.vote(fx.keys.get(1), 1, 2, VoteType.PRECOMMIT, Optional.of(value), "x");
    assertThat(check(otherChain, Optional.empty()).reason()).isEqualTo(RejectReason.WRONG_CHAIN);
    assertThat(check(fx.precommit(1, 3, 2, Optional.of(value)), Optional.empty()).reason())
        .isEqualTo(RejectReason.WRONG_HEIGHT);
    assertThat(check(fx.prevote(1, 1, 2, Optional.of(value)), Optional.empty()).reason())
        .isEqualTo(RejectReason.WRONG_TYPE);
  }

  @Test
  void rejectsANonValidatorAuthor() {
    SignedVote v =
        fx.vote(Fixture.outsider(), 1, 2, VoteType.PRECOMMIT, Optional.of(value), Fixture.CHAIN);
    assertThat(check(v, Optional.empty()).reason()).isEqualTo(RejectReason.NOT_A_VALIDATOR);
  }

  @Test
  void rejectsAPrevoteSignatureReusedAsAPrecommit() {
    SignedVote prevote = fx.prevote(1, 1, 2, Optional.of(value));
    SignedVote precommit = fx.precommit(1, 1, 2, Optional.of(value));
    SignedVote spliced = new SignedVote(precommit.payload(), prevote.author(), prevote.signature());
    assertThat(check(spliced, Optional.empty()).reason()).isEqualTo(RejectReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsACorruptedSignature() {
    SignedVote good = fx.precommit(1, 1, 2, Optional.of(value));
    byte[] sig = good.signature().bytes().toArray();
    sig[63] ^= 0x40;
    SignedVote bad = new SignedVote(good.payload(), good.author(), new Signature(Bytes.wrap(sig)));
    assertThat(check(bad, Optional.empty()).reason()).isEqualTo(RejectReason.BAD_SIGNATURE);
  }

  @Test
  void duplicatesAndConflicts() {
    SignedVote v = fx.precommit(2, 1, 2, Optional.of(value));
    assertThat(check(v, Optional.of(v)).reason()).isEqualTo(RejectReason.DUPLICATE);
    assertThat(check(fx.precommit(2, 1, 2, Optional.empty()), Optional.of(v)).reason())
        .isEqualTo(RejectReason.CONFLICTING);
  }
}
