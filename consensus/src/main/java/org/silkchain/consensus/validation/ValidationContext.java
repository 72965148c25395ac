package org.silkchain.consensus.validation;

import org.silkchain.consensus.application.ValueHasher;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.validator.ValidatorSet;

/**
 * What the validators check a message against: the chain, the height being decided and its
 * validator set, the receiver's current round (for the storage window), and the crypto ports.
 *
 * @param roundWindow messages for rounds above {@code round + roundWindow} are not stored; the
 *     window bounds the memory a Byzantine validator can make us spend on far-future rounds
 */
public record ValidationContext(
    String chainId,
    long height,
    int round,
    ValidatorSet validators,
    SignatureVerifier verifier,
    ValueHasher hasher,
    int maxBlockBytes,
    int roundWindow) {

  boolean beyondWindow(int messageRound) {
    return (long) messageRound > (long) round + roundWindow;
  }
}
