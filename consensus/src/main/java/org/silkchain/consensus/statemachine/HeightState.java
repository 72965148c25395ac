package org.silkchain.consensus.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.ProposalVerdict;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.SignedProposal;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;

/**
 * The variables of Algorithm 1 for the height being decided ({@code round_p}, {@code step_p},
 * {@code lockedValue_p}, ...) and its message log. A fresh instance per height is the paper's
 * "reset ... and empty message log".
 */
final class HeightState {
  final long height;
  final ValidatorSet validators;

  int round;
  Step step = Step.PROPOSE;
  int lockedRound = -1;
  Optional<Hash> lockedValue = Optional.empty();
  int validRound = -1;
  Optional<Hash> validValue = Optional.empty();

  /** The first valid proposal of each round (from that round's proposer). */
  final TreeMap<Integer, SignedProposal> proposals = new TreeMap<>();

  /**
   * Values proposed in each round: the first proposal's value, then those of conflicting proposals
   * from the same (equivocating) proposer, at most {@value #MAX_PROPOSALS_PER_ROUND}.
   */
  final TreeMap<Integer, TreeSet<Hash>> proposedValues = new TreeMap<>();

  static final int MAX_PROPOSALS_PER_ROUND = 4;

  /** Block bytes of every proposed value seen, by value id. */
  final TreeMap<Hash, Bytes> blocks = new TreeMap<>();

  /** The application's judgment of each value, once it answered. */
  final TreeMap<Hash, ProposalVerdict> verdicts = new TreeMap<>();

  /** Values handed to the application and not yet judged. */
  final TreeSet<Hash> validating = new TreeSet<>();

  final VoteBook votes = new VoteBook();

  /** Highest round each validator was seen in at this height, for round skipping. */
  final TreeMap<PublicKey, Integer> highestRound = new TreeMap<>();

  /** "For the first time" markers of lines 34, 36 and 47: the round each last fired in. */
  int prevoteTimeoutRound = -1;

  int polkaRound = -1;
  int precommitTimeoutRound = -1;

  /** Whether a rebroadcast tick fired at this height (see {@code Core.serveLagging}). */
  boolean tickPassed;

  /** Round for which a {@code RequestProposal} is outstanding, or -1. */
  int awaitingProposalRound = -1;

  /** This node's messages of the current round, resent on every rebroadcast tick. */
  final List<ConsensusMessage> ownMessages = new ArrayList<>();

  HeightState(long height, ValidatorSet validators) {
    this.height = height;
    this.validators = validators;
  }

  /** Records a proposed value and its block; false if the round already has too many. */
  boolean addProposedValue(int round, Hash value, Bytes block) {
    TreeSet<Hash> values = proposedValues.computeIfAbsent(round, r -> new TreeSet<>());
    if (!values.contains(value) && values.size() >= MAX_PROPOSALS_PER_ROUND) {
      return false;
    }
    values.add(value);
    blocks.putIfAbsent(value, block);
    return true;
  }

  /** Values proposed in {@code round}, first proposal's value included. */
  TreeSet<Hash> proposedIn(int round) {
    return proposedValues.getOrDefault(round, new TreeSet<>());
  }

  void noteRound(PublicKey author, int round) {
    highestRound.merge(author, round, Math::max);
  }
}
