package org.silkchain.simulation.world;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.validation.ValidationResult;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.simulation.Violation;

/**
 * Checks, as the run goes, the properties honest nodes must keep whatever the faults: one block per
 * height (safety), one state root per height, only certificates that verify under the correct rule,
 * and no honest validator signing two different payloads at one height, round and step (which is
 * what a lost signing record after a crash would cause).
 */
final class Monitor {
  record FirstCommit(int node, Hash block, Hash appHash, long time) {}

  private final long seed;
  private final CommitCertificateVerifier reference;
  private ValidatorSchedule schedule;
  private final TreeMap<Long, FirstCommit> commits = new TreeMap<>();
  private final TreeMap<String, Object> signed = new TreeMap<>();
  private final List<Violation> violations = new ArrayList<>();

  Monitor(long seed, ValidatorSchedule genesis, CommitCertificateVerifier reference) {
    this.seed = seed;
    this.schedule = genesis;
    this.reference = reference;
  }

  List<Violation> violations() {
    return violations;
  }

  TreeMap<Long, FirstCommit> commits() {
    return commits;
  }

  void onCommit(int node, long height, CommitCertificate cert, FinalizeResult result, long time) {
    FirstCommit first = commits.get(height);
    if (first == null) {
      commits.put(height, new FirstCommit(node, cert.blockHash(), result.appHash(), time));
      ValidationResult check = reference.verify(cert, schedule);
      if (check instanceof ValidationResult.Rejected r) {
        add(
            Violation.Kind.INVALID_CERTIFICATE,
            "node "
                + node
                + " committed height "
                + height
                + " on a certificate rejected as "
                + r.reason()
                + ": "
                + r.detail());
      }
      schedule = schedule.afterFinalize(height, result.validatorUpdates());
      return;
    }
    if (!first.block().equals(cert.blockHash())) {
      add(
          Violation.Kind.SAFETY,
          "height "
              + height
              + ": node "
              + first.node()
              + " committed "
              + first.block()
              + ", node "
              + node
              + " committed "
              + cert.blockHash());
    } else if (!first.appHash().equals(result.appHash())) {
      add(
          Violation.Kind.STATE_ROOT,
          "height "
              + height
              + ": node "
              + first.node()
              + " state root "
              + first.appHash()
              + ", node "
              + node
              + " "
              + result.appHash());
    }
  }

  /**
   * Called for every message an honest node sends, its own or relayed; {@code author} is the index
   * of the message's signer, judged only if that signer is honest.
   */
  void onSent(int author, ConsensusMessage m) {
    int node = author;
    switch (m) {
      case SignedVote v -> {
        String key = node + "/" + v.height() + "/" + v.round() + "/" + v.type();
        Object before = signed.putIfAbsent(key, v.payload());
        if (before != null && !before.equals(v.payload())) {
          add(
              Violation.Kind.DOUBLE_SIGN,
              "node " + node + " signed " + before + " and " + v.payload());
        }
      }
      case ProposalMessage p -> {
        String key = node + "/" + p.height() + "/" + p.round() + "/PROPOSAL";
        Object before = signed.putIfAbsent(key, p.proposal().payload());
        if (before != null && !before.equals(p.proposal().payload())) {
          add(
              Violation.Kind.DOUBLE_SIGN,
              "node " + node + " signed " + before + " and " + p.proposal().payload());
        }
      }
      case DecisionMessage d -> {}
    }
  }

  void add(Violation.Kind kind, String description) {
    if (violations.size() < 20) {
      violations.add(new Violation(seed, kind, description));
    }
  }
}
