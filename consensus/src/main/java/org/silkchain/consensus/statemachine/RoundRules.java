package org.silkchain.consensus.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.ProposalVerdict;
import org.silkchain.consensus.certificate.CommitCertificates;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedProposal;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.ProposalPayload;
import org.silkchain.consensus.payload.VotePayload;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.signing.SigningStep;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.Signature;

/**
 * The rules of Algorithm 1 of "The latest gossip on BFT consensus" (Buchman, Kwon, Milosevic,
 * 2018), each in a method named after its line numbers. {@link #evaluate} applies the "upon" rules
 * until none fires, so their order does not affect the outcome, only which fires first.
 */
final class RoundRules {
  private final Core c;

  RoundRules(Core core) {
    this.c = core;
  }

  // ---- StartRound (lines 11-21) and the proposer's side ----

  void startRound(int round) {
    HeightState s = c.state;
    s.round = round;
    s.step = Step.PROPOSE;
    s.ownMessages.clear();
    s.awaitingProposalRound = -1;
    TimeoutConfig t = c.config.timeouts();
    // The paper schedules timeoutPropose only on non-proposers; the proposer needs it too when
    // the application is slow or the durable state forbids re-proposing after a restart.
    c.out.schedule(TimeoutKind.PROPOSE, s.height, round, t.propose(round));
    c.out.schedule(TimeoutKind.REBROADCAST, s.height, round, t.rebroadcastInterval());
    if (!s.validators.proposer(s.height, round).equals(c.me)
        || c.out.alreadySigned(s.height, round, SigningStep.PROPOSAL)) {
      return;
    }
    if (s.validValue.isPresent() && s.blocks.containsKey(s.validValue.get())) {
      Hash v = s.validValue.get();
      propose(s.blocks.get(v), v, s.validRound);
    } else {
      s.awaitingProposalRound = round;
      c.out.add(new ConsensusAction.RequestProposal(s.height, round, c.config.maxBlockBytes()));
    }
  }

  /** {@code getValue()} returned: propose it if still in the round's propose step. */
  void onPrepared(ConsensusEvent.ProposalPrepared p) {
    HeightState s = c.state;
    if (p.height() != s.height
        || p.round() != s.round
        || s.step != Step.PROPOSE
        || s.awaitingProposalRound != p.round()
        || p.block().size() > c.config.maxBlockBytes()) {
      return;
    }
    s.awaitingProposalRound = -1;
    Hash id = c.config.hasher().valueId(p.block());
    // ABCI++: the proposer's own PrepareProposal output is valid by contract.
    s.verdicts.put(id, ProposalVerdict.ACCEPT);
    propose(p.block(), id, ProposalPayload.NO_VALID_ROUND);
  }

  private void propose(Bytes block, Hash id, int validRound) {
    HeightState s = c.state;
    ProposalPayload payload =
        new ProposalPayload(c.config.chainId(), s.height, s.round, id, validRound);
    Optional<Signature> sig =
        c.out.sign(
            s.height,
            s.round,
            SigningStep.PROPOSAL,
            Optional.of(id),
            payload.signBytes(),
            s.lockedRound,
            s.lockedValue);
    if (sig.isEmpty()) {
      return;
    }
    ProposalMessage m = new ProposalMessage(new SignedProposal(payload, c.me, sig.get()), block);
    c.out.broadcast(m);
    s.ownMessages.add(m);
    s.proposals.putIfAbsent(s.round, m.proposal());
    s.addProposedValue(s.round, id, block);
    s.noteRound(c.me, s.round);
  }

  /** Signs and broadcasts this node's vote of the current round, and counts it. */
  void vote(VoteType type, Optional<Hash> value) {
    HeightState s = c.state;
    if (!s.validators.contains(c.me)) {
      return;
    }
    VotePayload payload = new VotePayload(c.config.chainId(), s.height, s.round, type, value);
    SigningStep step = type == VoteType.PREVOTE ? SigningStep.PREVOTE : SigningStep.PRECOMMIT;
    Optional<Signature> sig =
        c.out.sign(
            s.height, s.round, step, value, payload.signBytes(), s.lockedRound, s.lockedValue);
    if (sig.isEmpty()) {
      return;
    }
    SignedVote v = new SignedVote(payload, c.me, sig.get());
    c.out.broadcast(v);
    s.ownMessages.add(v);
    s.votes.add(v, s.validators.power(c.me));
    s.noteRound(c.me, s.round);
  }

  // ---- Timeouts (lines 57-65) and retransmission ----

  void onTimeout(ConsensusEvent.TimeoutExpired t) {
    HeightState s = c.state;
    if (t.height() != s.height || t.round() != s.round || s.step == Step.FINALIZING) {
      return;
    }
    switch (t.kind()) {
      case PROPOSE -> {
        if (s.step == Step.PROPOSE) {
          vote(VoteType.PREVOTE, Optional.empty());
          s.step = Step.PREVOTE;
        }
      }
      case PREVOTE -> {
        if (s.step == Step.PREVOTE) {
          vote(VoteType.PRECOMMIT, Optional.empty());
          s.step = Step.PRECOMMIT;
        }
      }
      case PRECOMMIT -> startRound(s.round + 1);
      case REBROADCAST -> {
        s.tickPassed = true;
        relay();
        c.servedThisTick.clear();
        c.roundServedThisTick.clear();
        c.out.schedule(
            TimeoutKind.REBROADCAST, s.height, s.round, c.config.timeouts().rebroadcastInterval());
      }
    }
  }

  /**
   * The gossip the paper assumes ("a message a correct process receives is eventually received by
   * every correct process"), provided when a round stalls: this node's own messages of the round,
   * the round's proposal, every vote of the round it holds, and the prevotes of the polka the
   * proposal's valid round refers to. Relaying others' votes is what lets a peer that missed them
   * (lost before GST, or sent by a node that crashed and forgot them) reach the thresholds. A round
   * that decides within the rebroadcast interval sends none of this.
   */
  private void relay() {
    HeightState s = c.state;
    s.ownMessages.forEach(c.out::broadcast);
    SignedProposal p = s.proposals.get(s.round);
    if (p != null && !p.author().equals(c.me)) {
      c.out.broadcast(new ProposalMessage(p, s.blocks.get(p.payload().valueHash())));
    }
    for (VoteType type : VoteType.values()) {
      for (SignedVote v : s.votes.votes(s.round, type)) {
        if (!v.author().equals(c.me)) {
          c.out.broadcast(v);
        }
      }
    }
    if (p != null && p.payload().validRound() >= 0) {
      Optional<Hash> value = Optional.of(p.payload().valueHash());
      for (SignedVote v : s.votes.votes(p.payload().validRound(), VoteType.PREVOTE)) {
        if (v.payload().value().equals(value)) {
          c.out.broadcast(v);
        }
      }
    }
  }

  // ---- The "upon" rules ----

  void evaluate() {
    boolean fired = true;
    while (fired && c.state.step != Step.FINALIZING) {
      fired =
          line49Decide()
              || line55SkipRound()
              || line22FreshProposal()
              || line28ProposalWithValidRound()
              || line34PrevoteTimeout()
              || line36Polka()
              || line44NilPolka()
              || line47PrecommitTimeout();
    }
  }

  /** Line 49: a proposal and 2f+1 precommits for it in any round r decide the height. */
  private boolean line49Decide() {
    HeightState s = c.state;
    for (int r : s.votes.rounds()) {
      for (Map.Entry<Hash, Long> e : s.votes.values(r, VoteType.PRECOMMIT)) {
        Hash v = e.getKey();
        Bytes block = s.blocks.get(v);
        if (!c.isQuorum(e.getValue()) || block == null) {
          continue;
        }
        if (c.verdict(v).orElse(null) != ProposalVerdict.ACCEPT) {
          continue;
        }
        List<SignedVote> precommits = s.votes.votesFor(r, VoteType.PRECOMMIT, Optional.of(v));
        c.decide(r, block, CommitCertificates.fromPrecommits(s.height, r, v, precommits));
        return true;
      }
    }
    return false;
  }

  /**
   * Line 55, generalised: if validators holding more than f of the power were each seen in a round
   * at or above R > round_p, go to the highest such R. With all of them in the same round this is
   * the paper's rule; counting "at or above" also uses the round hints of messages too far ahead to
   * store. Any R chosen is at most the round of some honest validator.
   */
  private boolean line55SkipRound() {
    HeightState s = c.state;
    List<Map.Entry<Integer, Long>> ahead = new ArrayList<>();
    s.highestRound.forEach(
        (author, round) -> {
          if (round > s.round) {
            ahead.add(Map.entry(round, s.validators.power(author)));
          }
        });
    ahead.sort(Map.Entry.<Integer, Long>comparingByKey().reversed());
    long power = 0;
    for (Map.Entry<Integer, Long> e : ahead) {
      power += e.getValue();
      if (c.config.quorum().exceedsFaultBound(power, s.validators.totalPower())) {
        startRound(e.getKey());
        return true;
      }
    }
    return false;
  }

  /** Line 22: a fresh proposal (validRound -1) in the propose step. */
  private boolean line22FreshProposal() {
    HeightState s = c.state;
    SignedProposal p = s.proposals.get(s.round);
    if (s.step != Step.PROPOSE || p == null || p.payload().validRound() != -1) {
      return false;
    }
    Hash v = p.payload().valueHash();
    Optional<ProposalVerdict> valid = c.verdict(v);
    if (valid.isEmpty()) {
      return false;
    }
    boolean ok =
        valid.get() == ProposalVerdict.ACCEPT
            && (s.lockedRound == -1 || s.lockedValue.equals(Optional.of(v)));
    vote(VoteType.PREVOTE, ok ? Optional.of(v) : Optional.empty());
    s.step = Step.PREVOTE;
    return true;
  }

  /** Line 28: a re-proposal of a value that had a polka in round vr < round_p. */
  private boolean line28ProposalWithValidRound() {
    HeightState s = c.state;
    SignedProposal p = s.proposals.get(s.round);
    if (s.step != Step.PROPOSE || p == null) {
      return false;
    }
    int vr = p.payload().validRound();
    Hash v = p.payload().valueHash();
    if (vr < 0
        || vr >= s.round
        || !c.isQuorum(s.votes.power(vr, VoteType.PREVOTE, Optional.of(v)))) {
      return false;
    }
    Optional<ProposalVerdict> valid = c.verdict(v);
    if (valid.isEmpty()) {
      return false;
    }
    boolean ok =
        valid.get() == ProposalVerdict.ACCEPT
            && (s.lockedRound <= vr || s.lockedValue.equals(Optional.of(v)));
    vote(VoteType.PREVOTE, ok ? Optional.of(v) : Optional.empty());
    s.step = Step.PREVOTE;
    return true;
  }

  /** Line 34: 2f+1 prevotes of any value start timeoutPrevote, once per round. */
  private boolean line34PrevoteTimeout() {
    HeightState s = c.state;
    if (s.step != Step.PREVOTE
        || s.prevoteTimeoutRound == s.round
        || !c.isQuorum(s.votes.anyPower(s.round, VoteType.PREVOTE))) {
      return false;
    }
    s.prevoteTimeoutRound = s.round;
    c.out.schedule(TimeoutKind.PREVOTE, s.height, s.round, c.config.timeouts().prevote(s.round));
    return true;
  }

  /**
   * Line 36: a polka for a value proposed in this round locks it (if still prevoting) and makes it
   * the valid value. Any proposal of the round's proposer matches, as in the paper, so with an
   * equivocating proposer the value with the polka is used whichever proposal arrived first.
   */
  private boolean line36Polka() {
    HeightState s = c.state;
    if (s.step == Step.PROPOSE || s.polkaRound == s.round) {
      return false;
    }
    for (Hash v : s.proposedIn(s.round)) {
      if (!c.isQuorum(s.votes.power(s.round, VoteType.PREVOTE, Optional.of(v)))) {
        continue;
      }
      if (c.verdict(v).orElse(null) != ProposalVerdict.ACCEPT) {
        return false;
      }
      s.polkaRound = s.round;
      if (s.step == Step.PREVOTE) {
        // Lock before signing: the persisted signing state must carry the new lock.
        s.lockedValue = Optional.of(v);
        s.lockedRound = s.round;
        vote(VoteType.PRECOMMIT, Optional.of(v));
        s.step = Step.PRECOMMIT;
      }
      s.validValue = Optional.of(v);
      s.validRound = s.round;
      return true;
    }
    return false;
  }

  /** Line 44: 2f+1 nil prevotes: precommit nil. */
  private boolean line44NilPolka() {
    HeightState s = c.state;
    if (s.step != Step.PREVOTE
        || !c.isQuorum(s.votes.power(s.round, VoteType.PREVOTE, Optional.empty()))) {
      return false;
    }
    vote(VoteType.PRECOMMIT, Optional.empty());
    s.step = Step.PRECOMMIT;
    return true;
  }

  /** Line 47: 2f+1 precommits of any value start timeoutPrecommit, once per round. */
  private boolean line47PrecommitTimeout() {
    HeightState s = c.state;
    if (s.precommitTimeoutRound == s.round
        || !c.isQuorum(s.votes.anyPower(s.round, VoteType.PRECOMMIT))) {
      return false;
    }
    s.precommitTimeoutRound = s.round;
    c.out.schedule(
        TimeoutKind.PRECOMMIT, s.height, s.round, c.config.timeouts().precommit(s.round));
    return true;
  }
}
