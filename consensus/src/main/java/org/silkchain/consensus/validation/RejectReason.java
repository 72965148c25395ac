package org.silkchain.consensus.validation;

/**
 * Why a consensus message or certificate was not accepted. Stable names: logs and tests use them.
 */
public enum RejectReason {
  /** Signed for another chain. */
  WRONG_CHAIN,
  /** Not for the height being decided (nor one the caller buffers). */
  WRONG_HEIGHT,
  /** A prevote handed to the precommit validator or the other way round. */
  WRONG_TYPE,
  /** Correctly signed, but for a round too far ahead to store; kept only as a round hint. */
  ROUND_TOO_FAR,
  /** The author is not in the height's validator set. */
  NOT_A_VALIDATOR,
  /** A proposal from someone who is not the round's proposer. */
  NOT_PROPOSER,
  /** The signature does not verify over the payload's sign-bytes. */
  BAD_SIGNATURE,
  /** Already have this very payload from this author. */
  DUPLICATE,
  /** A different payload from an author who already signed one at this height, round and step. */
  CONFLICTING,
  /** The block bytes do not hash to the value the proposal or certificate names. */
  VALUE_MISMATCH,
  /** Block bytes over the configured maximum. */
  BLOCK_TOO_LARGE,
  /** A proposal whose valid round is not below its round. */
  INVALID_VALID_ROUND,
  /** A certificate that lists one signer twice. */
  DUPLICATE_SIGNER,
  /** A certificate whose signers hold no more than two thirds of the power. */
  INSUFFICIENT_POWER
}
