package org.silkchain.consensus.statemachine;

import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.ProposalVerdict;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.evidence.EvidencePool;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.signing.Signer;
import org.silkchain.consensus.validation.RejectReason;
import org.silkchain.consensus.validation.ValidationContext;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.block.CommitCertificate;

/** The engine's state, shared by its parts ({@link RoundRules}, {@link MessageIntake}). */
final class Core {
  final EngineConfig config;
  final Signer signer;
  final PublicKey me;
  final Outbox out;
  final EvidencePool evidence = new EvidencePool();
  final FutureBuffer future = new FutureBuffer();
  final CommitCertificateVerifier certificates;
  final TreeMap<RejectReason, Long> rejections = new TreeMap<>();

  /** Validators served decided blocks since the last rebroadcast tick (one batch each per tick). */
  final TreeSet<PublicKey> servedThisTick = new TreeSet<>();

  /** Validators sent the votes of their (older) round since the last rebroadcast tick. */
  final TreeSet<PublicKey> roundServedThisTick = new TreeSet<>();

  ValidatorSchedule schedule;
  HeightState state;

  Core(EngineConfig config, Signer signer, Outbox out, ValidatorSchedule schedule) {
    this.config = config;
    this.signer = signer;
    this.me = signer.publicKey();
    this.out = out;
    this.schedule = schedule;
    this.certificates =
        new CommitCertificateVerifier(config.chainId(), config.verifier(), config.quorum());
  }

  ValidationContext context() {
    return contextFor(state.height, state.round);
  }

  ValidationContext contextFor(long height, int round) {
    return new ValidationContext(
        config.chainId(),
        height,
        round,
        schedule.setAt(height),
        config.verifier(),
        config.hasher(),
        config.maxBlockBytes(),
        config.roundWindow());
  }

  void reject(RejectReason reason) {
    rejections.merge(reason, 1L, Long::sum);
  }

  boolean isQuorum(long power) {
    return config.quorum().isQuorum(power, state.validators.totalPower());
  }

  /**
   * {@code valid(v)}: the application's verdict if known. Otherwise asks the application (once per
   * value) and returns empty; the rules that need it wait for the answer.
   */
  Optional<ProposalVerdict> verdict(Hash value) {
    ProposalVerdict known = state.verdicts.get(value);
    if (known != null) {
      return Optional.of(known);
    }
    Bytes block = state.blocks.get(value);
    if (block != null && state.validating.add(value)) {
      out.add(new ConsensusAction.ValidateProposal(state.height, value, block));
    }
    return Optional.empty();
  }

  /** Line 49's effect: the decision is final; wait for the application to finalize it. */
  void decide(int round, Bytes block, CommitCertificate certificate) {
    state.step = Step.FINALIZING;
    out.add(new ConsensusAction.Decide(state.height, round, block, certificate));
  }

  /**
   * Answer a validator seen in an older round of this height with the votes of that round we hold,
   * so it can reach that round's thresholds and move on (Tendermint's "catch-up" gossip). Without
   * it, a node that moved ahead after others lost its precommit waits for them forever while they
   * wait for that precommit.
   */
  void serveLaggingRound(PublicKey author, int round) {
    HeightState s = state;
    if (round >= s.round
        || author.equals(me)
        || !s.validators.contains(author)
        || !roundServedThisTick.add(author)) {
      return;
    }
    for (VoteType type : VoteType.values()) {
      for (SignedVote vote : s.votes.votes(round, type)) {
        if (!vote.author().equals(author)) {
          out.add(new ConsensusAction.SendTo(author, vote));
        }
      }
    }
  }

  /**
   * Answer a validator we saw at an older height with the decided blocks it lacks. A validator just
   * one height behind is only answered once a rebroadcast tick passed at this height: its late
   * votes for the height we just decided are normal, and it is usually about to decide itself.
   * Validators further behind are answered at once.
   */
  void serveLagging(PublicKey author, long height) {
    if (height == state.height - 1 && !state.tickPassed) {
      return;
    }
    if (height >= 1 && schedule.setAt(height).contains(author) && servedThisTick.add(author)) {
      out.add(new ConsensusAction.SendDecisions(author, height));
    }
  }
}
