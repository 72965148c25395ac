package org.silkchain.simulation.world;

import java.util.ArrayList;
import java.util.List;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.signing.SigningState;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.block.CommitCertificate;

/**
 * What survives a crash: the last persisted signing state and the committed chain (blocks,
 * certificates, finalize results). Everything else a node has is lost.
 */
final class DurableStore {
  record Committed(Bytes block, CommitCertificate certificate, FinalizeResult result) {}

  private SigningState signing = SigningState.INITIAL;
  private final List<Committed> chain = new ArrayList<>();

  SigningState signingState() {
    return signing;
  }

  void persist(SigningState state) {
    signing = state;
  }

  void commit(long height, Committed committed) {
    if (height != chain.size() + 1) {
      throw new IllegalStateException("commit of height " + height + " after " + chain.size());
    }
    chain.add(committed);
  }

  long lastHeight() {
    return chain.size();
  }

  Committed at(long height) {
    return chain.get((int) height - 1);
  }

  Hash lastAppHash() {
    return chain.isEmpty() ? Hash.ZERO : chain.get(chain.size() - 1).result().appHash();
  }

  /** The validator schedule as the committed chain defines it. */
  ValidatorSchedule schedule(ValidatorSchedule genesis) {
    ValidatorSchedule s = genesis;
    for (int i = 0; i < chain.size(); i++) {
      s = s.afterFinalize(i + 1, chain.get(i).result().validatorUpdates());
    }
    return s;
  }
}
