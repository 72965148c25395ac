package org.silkchain.consensus.statemachine;

import java.util.Optional;
import org.silkchain.consensus.evidence.Evidence;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedProposal;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.validation.DecisionValidator;
import org.silkchain.consensus.validation.PrecommitValidator;
import org.silkchain.consensus.validation.PrevoteValidator;
import org.silkchain.consensus.validation.ProposalValidator;
import org.silkchain.consensus.validation.RejectReason;
import org.silkchain.consensus.validation.ValidationResult;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;

/**
 * Routes received messages by height: older heights answer a lagging peer, the next height is
 * buffered, the current height is validated and, if accepted, recorded in the message log.
 * Conflicting messages become evidence; correctly signed messages too far ahead only record their
 * author's round.
 */
final class MessageIntake {
  private final Core c;
  private final ProposalValidator proposals = new ProposalValidator();
  private final PrevoteValidator prevotes = new PrevoteValidator();
  private final PrecommitValidator precommits = new PrecommitValidator();
  private final DecisionValidator decisions;

  MessageIntake(Core core) {
    this.c = core;
    this.decisions = new DecisionValidator(core.certificates);
  }

  /** Returns false if the message belongs to another height (answered or buffered instead). */
  private boolean atCurrentHeight(long height, PublicKey author, ConsensusMessage message) {
    HeightState s = c.state;
    if (height < s.height) {
      c.serveLagging(author, height);
      return false;
    }
    if (height == s.height + 1 && c.schedule.setAt(height).contains(author)) {
      c.future.offer(author, message);
      return false;
    }
    if (height != s.height) {
      c.reject(RejectReason.WRONG_HEIGHT);
      return false;
    }
    // A decided height needs no more messages.
    return s.step != Step.FINALIZING;
  }

  void onProposal(ProposalMessage m) {
    SignedProposal p = m.proposal();
    if (!atCurrentHeight(p.height(), p.author(), m)) {
      return;
    }
    HeightState s = c.state;
    c.serveLaggingRound(p.author(), p.round());
    Optional<SignedProposal> existing = Optional.ofNullable(s.proposals.get(p.round()));
    ValidationResult result = proposals.validate(m, c.context(), existing);
    switch (result) {
      case ValidationResult.Accepted a -> {
        s.proposals.put(p.round(), p);
        s.addProposedValue(p.round(), p.payload().valueHash(), m.block());
        s.noteRound(p.author(), p.round());
        c.verdict(p.payload().valueHash());
      }
      case ValidationResult.Rejected r -> {
        c.reject(r.reason());
        if (r.reason() == RejectReason.CONFLICTING) {
          recordEvidence(new Evidence.DuplicateProposal(existing.get(), p));
          s.noteRound(p.author(), p.round());
          // The paper's rules match any proposal of the round's proposer; keep the block so a
          // polka or commit on the other value can still be acted on.
          if (c.config.hasher().valueId(m.block()).equals(p.payload().valueHash())) {
            s.addProposedValue(p.round(), p.payload().valueHash(), m.block());
          }
        } else if (r.reason() == RejectReason.ROUND_TOO_FAR) {
          s.noteRound(p.author(), p.round());
        }
      }
    }
  }

  void onVote(SignedVote v) {
    if (!atCurrentHeight(v.height(), v.author(), v)) {
      return;
    }
    HeightState s = c.state;
    c.serveLaggingRound(v.author(), v.round());
    if (s.votes.contains(v.round(), v.type(), v.author(), v.payload().value())) {
      c.reject(RejectReason.DUPLICATE);
      return;
    }
    Optional<SignedVote> existing = s.votes.get(v.round(), v.type(), v.author());
    ValidationResult result =
        v.type() == VoteType.PREVOTE
            ? prevotes.validate(v, c.context(), existing)
            : precommits.validate(v, c.context(), existing);
    switch (result) {
      case ValidationResult.Accepted a -> {
        s.votes.add(v, s.validators.power(v.author()));
        s.noteRound(v.author(), v.round());
      }
      case ValidationResult.Rejected r -> {
        c.reject(r.reason());
        if (r.reason() == RejectReason.CONFLICTING) {
          recordEvidence(new Evidence.DuplicateVote(existing.get(), v));
          s.noteRound(v.author(), v.round());
          Optional<Hash> value = v.payload().value();
          if (value.isEmpty() || s.blocks.containsKey(value.get())) {
            s.votes.addConflicting(v, s.validators.power(v.author()));
          }
        } else if (r.reason() == RejectReason.ROUND_TOO_FAR) {
          s.noteRound(v.author(), v.round());
        }
      }
    }
  }

  void onDecision(DecisionMessage d) {
    HeightState s = c.state;
    long height = d.certificate().height();
    if (height < s.height || (height == s.height && s.step == Step.FINALIZING)) {
      return;
    }
    if (height > s.height) {
      if (height <= s.height + c.config.decisionLookahead()
          && d.block().size() <= c.config.maxBlockBytes()
          && c.config.hasher().valueId(d.block()).equals(d.certificate().blockHash())) {
        c.future.offerDecision(d);
      } else {
        c.reject(RejectReason.WRONG_HEIGHT);
      }
      return;
    }
    adoptDecision(d);
  }

  /** Decides the current height from a decided block, if its certificate holds. */
  boolean adoptDecision(DecisionMessage d) {
    ValidationResult result = decisions.validate(d, c.context());
    if (result instanceof ValidationResult.Rejected r) {
      c.reject(r.reason());
      return false;
    }
    // A valid certificate means more than f honest validators judged the block valid.
    c.decide(d.certificate().round(), d.block(), d.certificate());
    return true;
  }

  private void recordEvidence(Evidence e) {
    if (c.evidence.add(e)) {
      c.out.add(new ConsensusAction.ReportEvidence(e));
    }
  }
}
