package org.silkchain.consensus.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.application.ProposalVerdict;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.payload.VoteType;
import org.silkchain.consensus.statemachine.ConsensusAction;
import org.silkchain.consensus.statemachine.ConsensusEvent;
import org.silkchain.consensus.statemachine.TendermintEngine;
import org.silkchain.consensus.statemachine.TimeoutKind;
import org.silkchain.crypto.Hash;

/**
 * Drives one engine by hand, like a node would, but with the test choosing every event. The
 * application's answers are given at once (blocks the test marked invalid are rejected, everything
 * else accepted) unless {@link #manualApplication} is set. Records every action.
 */
public final class ScriptedEngine {
  public final TendermintEngine engine;
  public final List<ConsensusAction> all = new ArrayList<>();
  public List<ConsensusAction> last = List.of();
  private final TreeSet<Hash> invalid = new TreeSet<>();
  private Bytes nextBlock = Fixture.block("proposed by the engine");
  public boolean manualApplication;

  public ScriptedEngine(TendermintEngine engine) {
    this.engine = engine;
  }

  public ScriptedEngine reject(Hash value) {
    invalid.add(value);
    return this;
  }

  public ScriptedEngine proposing(Bytes block) {
    nextBlock = block;
    return this;
  }

  public List<ConsensusAction> handle(ConsensusEvent event) {
    List<ConsensusAction> out = new ArrayList<>();
    List<ConsensusEvent> pending = new ArrayList<>(List.of(event));
    while (!pending.isEmpty()) {
      List<ConsensusAction> actions = engine.handle(pending.remove(0));
      out.addAll(actions);
      if (manualApplication) {
        continue;
      }
      for (ConsensusAction a : actions) {
        switch (a) {
          case ConsensusAction.RequestProposal r ->
              pending.add(new ConsensusEvent.ProposalPrepared(r.height(), r.round(), nextBlock));
          case ConsensusAction.ValidateProposal v ->
              pending.add(
                  new ConsensusEvent.ProposalValidated(
                      v.height(),
                      v.valueHash(),
                      invalid.contains(v.valueHash())
                          ? ProposalVerdict.REJECT
                          : ProposalVerdict.ACCEPT));
          default -> {}
        }
      }
    }
    last = out;
    all.addAll(out);
    return out;
  }

  public List<ConsensusAction> start() {
    return handle(new ConsensusEvent.Start());
  }

  public List<ConsensusAction> deliver(ConsensusMessage... messages) {
    List<ConsensusAction> out = new ArrayList<>();
    for (ConsensusMessage m : messages) {
      out.addAll(handle(ConsensusEvent.received(m)));
    }
    last = out;
    return out;
  }

  public List<ConsensusAction> timeout(TimeoutKind kind, long height, int round) {
    return handle(new ConsensusEvent.TimeoutExpired(kind, height, round));
  }

  public List<ConsensusAction> finalized(long height) {
    return handle(new ConsensusEvent.BlockFinalized(height, FinalizeResult.of(Hash.ZERO)));
  }

  /** The votes this engine broadcast in {@code actions}. */
  public static List<SignedVote> votes(List<ConsensusAction> actions, VoteType type) {
    return broadcasts(actions)
        .filter(m -> m instanceof SignedVote v && v.type() == type)
        .map(m -> (SignedVote) m)
        .toList();
  }

  public static Optional<SignedVote> onlyVote(List<ConsensusAction> actions, VoteType type) {
    List<SignedVote> v = votes(actions, type);
    if (v.size() > 1) {
      throw new AssertionError("several " + type + " broadcast: " + v);
    }
    return v.stream().findFirst();
  }

  public static List<ProposalMessage> proposals(List<ConsensusAction> actions) {
    return broadcasts(actions)
        .filter(m -> m instanceof ProposalMessage)
        .map(m -> (ProposalMessage) m)
        .toList();
  }

  public static Stream<ConsensusMessage> broadcasts(List<ConsensusAction> actions) {
    return actions.stream()
        .filter(a -> a instanceof ConsensusAction.Broadcast)
        .map(a -> ((ConsensusAction.Broadcast) a).message());
  }

  public static <T extends ConsensusAction> List<T> of(
      List<ConsensusAction> actions, Class<T> type) {
    return actions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public static Optional<ConsensusAction.ScheduleTimeout> scheduled(
      List<ConsensusAction> actions, TimeoutKind kind) {
    return of(actions, ConsensusAction.ScheduleTimeout.class).stream()
        .filter(t -> t.kind() == kind)
        .findFirst();
  }
}
