package org.silkchain.consensus.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.crypto.PublicKey;

/**
 * Messages that arrived a little early: votes and proposals for the next height (peers that decided
 * a moment before us), and decided blocks of the next few heights (while catching up).
 *
 * <p>Bounded: {@value #PER_AUTHOR} messages per claimed author of the next height, one decision per
 * height. Nothing here is trusted; everything is validated in full when its height comes. A forged
 * message can take a slot of an honest author, which only delays that author's message until its
 * next rebroadcast.
 */
final class FutureBuffer {
  static final int PER_AUTHOR = 8;

  private final TreeMap<PublicKey, List<ConsensusMessage>> nextHeight = new TreeMap<>();
  private final TreeMap<Long, DecisionMessage> decisions = new TreeMap<>();

  void offer(PublicKey author, ConsensusMessage message) {
    List<ConsensusMessage> list = nextHeight.computeIfAbsent(author, k -> new ArrayList<>());
    if (list.size() < PER_AUTHOR && !list.contains(message)) {
      list.add(message);
    }
  }

  void offerDecision(DecisionMessage decision) {
    decisions.putIfAbsent(decision.certificate().height(), decision);
  }

  /** Entering {@code height}: the decision kept for it, if any; older ones are dropped. */
  Optional<DecisionMessage> takeDecision(long height) {
    decisions.headMap(height).clear();
    return Optional.ofNullable(decisions.remove(height));
  }

  /** Entering a new height: the messages buffered for it, in author order. */
  List<ConsensusMessage> drainNextHeight() {
    List<ConsensusMessage> out = new ArrayList<>();
    nextHeight.values().forEach(out::addAll);
    nextHeight.clear();
    return out;
  }
}
