package org.silkchain.consensus.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.silkchain.consensus.signing.SigningState.Verdict.REFUSE;
import static org.silkchain.consensus.signing.SigningState.Verdict.SAME_AS_LAST;
import static org.silkchain.consensus.signing.SigningState.Verdict.SIGN;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;

class SigningStateTest {
  private final Optional<Hash> a = Optional.of(new Hash(Bytes.wrap(new byte[32])));
  private final Optional<Hash> b = Optional.of(Hash.fromHex("11".repeat(32)));
  private final SigningState prevoted =
      SigningState.INITIAL.next(5, 2, SigningStep.PREVOTE, a, -1, Optional.empty());

  @Test
  void aFreshValidatorMaySignAnything() {
    assertThat(SigningState.INITIAL.check(1, 0, SigningStep.PROPOSAL, a)).isEqualTo(SIGN);
  }

  @Test
  void onlyLaterStepsOrTheIdenticalPayload() {
    assertThat(prevoted.check(5, 2, SigningStep.PREVOTE, a)).isEqualTo(SAME_AS_LAST);
    assertThat(prevoted.check(5, 2, SigningStep.PREVOTE, b)).isEqualTo(REFUSE);
    assertThat(prevoted.check(5, 2, SigningStep.PREVOTE, Optional.empty())).isEqualTo(REFUSE);
    assertThat(prevoted.check(5, 2, SigningStep.PROPOSAL, a)).isEqualTo(REFUSE);
    assertThat(prevoted.check(5, 1, SigningStep.PRECOMMIT, a)).isEqualTo(REFUSE);
    assertThat(prevoted.check(4, 9, SigningStep.PRECOMMIT, a)).isEqualTo(REFUSE);
    assertThat(prevoted.check(5, 2, SigningStep.PRECOMMIT, b)).isEqualTo(SIGN);
    assertThat(prevoted.check(5, 3, SigningStep.PROPOSAL, b)).isEqualTo(SIGN);
    assertThat(prevoted.check(6, 0, SigningStep.PROPOSAL, b)).isEqualTo(SIGN);
  }

  @Test
  void theRoundsPrevoteSurvivesThePrecommitButNotTheNextRound() {
    SigningState precommitted = prevoted.next(5, 2, SigningStep.PRECOMMIT, a, 2, a);
    assertThat(precommitted.check(5, 2, SigningStep.PREVOTE, a)).isEqualTo(SAME_AS_LAST);
    assertThat(precommitted.check(5, 2, SigningStep.PREVOTE, b)).isEqualTo(REFUSE);
    assertThat(precommitted.lockedAt(5)).isTrue();
    SigningState nextRound = precommitted.next(5, 3, SigningStep.PROPOSAL, b, 2, a);
    assertThat(nextRound.prevoted()).isFalse();
    assertThat(nextRound.check(5, 2, SigningStep.PREVOTE, a)).isEqualTo(REFUSE);
  }

  @Test
  void codecRoundTripsAndRejectsInconsistentLocks() {
    SigningState s = prevoted.next(5, 2, SigningStep.PRECOMMIT, a, 2, a);
    assertThat(SigningState.CODEC.decode(SigningState.CODEC.encode(s))).isEqualTo(s);
    byte[] bytes = SigningState.CODEC.encode(SigningState.INITIAL).toArray();
    // lockedRound + 1 is the u32 after header(3), height(8), round(4), step(1), value marker(1).
    bytes[3 + 8 + 4 + 1 + 1 + 3] = 1;
    assertThatThrownBy(() -> SigningState.CODEC.decode(Bytes.wrap(bytes)))
        .isInstanceOfSatisfying(
            DecodeException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodeException.Reason.INVALID_VALUE));
  }
}
