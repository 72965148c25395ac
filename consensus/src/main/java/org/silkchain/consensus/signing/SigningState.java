package org.silkchain.consensus.signing;

import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.Hash;

/**
 * The durable "last signed" record of a validator (what Tendermint's private validator keeps), plus
 * the lock that signing implied.
 *
 * <p>The engine emits it in a {@code PersistSigningState} action <em>before</em> the action that
 * sends the message it signed, and the driver must make it durable before executing any later
 * action. A node restarted from it therefore never signs a second, different payload at a height,
 * round and step it already signed for ({@link #check}).
 *
 * <p>The lock is here because it is safety state too: a validator that precommitted {@code v} in
 * round {@code r} and forgot it after a crash could prevote a conflicting value later at the same
 * height, and with {@code f} Byzantine peers that is enough for a second decision. The lock only
 * changes when a non-nil precommit is signed, so it is written by the same record.
 *
 * <p>It also remembers the prevote of the last signed round even after the precommit replaced it as
 * "last signed": a node that restarts after precommitting re-sends both, since a prevote lost in
 * transit before the crash could otherwise be missing forever from every peer's tally (the
 * write-ahead log serves this purpose in Tendermint).
 *
 * @param height last signed height, 0 if nothing was ever signed
 * @param lockedRound {@code -1} when not locked at {@code height}
 * @param prevoted whether a prevote was signed at {@code (height, round)}
 * @param prevote its value, when {@code prevoted}
 */
public record SigningState(
    long height,
    int round,
    SigningStep step,
    Optional<Hash> value,
    int lockedRound,
    Optional<Hash> lockedValue,
    boolean prevoted,
    Optional<Hash> prevote) {
  public static final int TYPE_TAG = 0x0520;
  public static final int VERSION = 1;

  /** A validator that never signed anything. */
  public static final SigningState INITIAL =
      new SigningState(
          0,
          0,
          SigningStep.PROPOSAL,
          Optional.empty(),
          -1,
          Optional.empty(),
          false,
          Optional.empty());

  public static final Codec<SigningState> CODEC =
      new Codec<>() {
        @Override
        public void encode(SigningState s, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION)
              .u63(s.height)
              .u32(s.round)
              .u8(s.step.code())
              .optional(s.value, Hash.CODEC)
              .u32(s.lockedRound + 1L)
              .optional(s.lockedValue, Hash.CODEC)
              .bool(s.prevoted)
              .optional(s.prevote, Hash.CODEC);
        }

        @Override
        public SigningState decode(CanonicalReader in) {
          in.header("signingState", TYPE_TAG, VERSION);
          long height = in.u63("signingState.height");
          long round = in.u32("signingState.round");
          SigningStep step = SigningStep.fromCode(in.u8("signingState.step"));
          Optional<Hash> value = in.optional("signingState.value", Hash.CODEC);
          long lockedPlusOne = in.u32("signingState.lockedRound");
          Optional<Hash> locked = in.optional("signingState.lockedValue", Hash.CODEC);
          boolean prevoted = in.bool("signingState.prevoted");
          Optional<Hash> prevote = in.optional("signingState.prevote", Hash.CODEC);
          if (round > Integer.MAX_VALUE
              || lockedPlusOne > Integer.MAX_VALUE
              || (lockedPlusOne == 0) != locked.isEmpty()
              || (!prevoted && prevote.isPresent())) {
            throw new DecodeException(
                DecodeException.Reason.INVALID_VALUE, "signingState: inconsistent round or lock");
          }
          return new SigningState(
              height, (int) round, step, value, (int) lockedPlusOne - 1, locked, prevoted, prevote);
        }
      };

  /** Outcome of asking whether a payload may be signed. */
  public enum Verdict {
    /** Strictly after the last signed step: sign, and persist the new state first. */
    SIGN,
    /** The very payload signed last: signing again cannot conflict, nothing new to persist. */
    SAME_AS_LAST,
    /** Before the last signed step, or a different value at it: signing could equivocate. */
    REFUSE
  }

  public SigningState {
    if (height < 0
        || round < 0
        || lockedRound < -1
        || (lockedRound == -1) != lockedValue.isEmpty()
        || (!prevoted && prevote.isPresent())) {
      throw new IllegalArgumentException("inconsistent signing state");
    }
  }

  /** May this validator sign {@code value} at {@code (height, round, step)}? */
  public Verdict check(long height, int round, SigningStep step, Optional<Hash> value) {
    int c = Long.compare(height, this.height);
    if (c == 0) {
      c = Integer.compare(round, this.round);
    }
    if (c == 0) {
      c = Integer.compare(step.code(), this.step.code());
    }
    if (c > 0) {
      return Verdict.SIGN;
    }
    if (c == 0 && this.height > 0 && value.equals(this.value)) {
      return Verdict.SAME_AS_LAST;
    }
    if (height == this.height
        && round == this.round
        && step == SigningStep.PREVOTE
        && prevoted
        && value.equals(prevote)) {
      return Verdict.SAME_AS_LAST;
    }
    return Verdict.REFUSE;
  }

  /**
   * The state after signing {@code value} at {@code (height, round, step)}, which {@link #check}
   * allowed, with the lock the signer holds now. The round's prevote is carried along.
   */
  public SigningState next(
      long height,
      int round,
      SigningStep step,
      Optional<Hash> value,
      int lockedRound,
      Optional<Hash> lockedValue) {
    boolean sameRound = height == this.height && round == this.round;
    boolean nowPrevoted = step == SigningStep.PREVOTE || (sameRound && prevoted);
    Optional<Hash> nowPrevote =
        step == SigningStep.PREVOTE ? value : sameRound ? prevote : Optional.empty();
    return new SigningState(
        height, round, step, value, lockedRound, lockedValue, nowPrevoted, nowPrevote);
  }

  /** The lock, if it belongs to {@code atHeight}. */
  public boolean lockedAt(long atHeight) {
    return height == atHeight && lockedRound >= 0;
  }
}
