package org.silkchain.simulation.world;

import java.util.ArrayDeque;
import java.util.List;
import org.silkchain.consensus.application.ApplicationBridge;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.signing.Signer;
import org.silkchain.consensus.statemachine.ConsensusAction;
import org.silkchain.consensus.statemachine.ConsensusEvent;
import org.silkchain.consensus.statemachine.EngineConfig;
import org.silkchain.consensus.statemachine.TendermintEngine;
import org.silkchain.consensus.validator.ValidatorSchedule;

/**
 * One simulated validator: the real engine, driven the way a node drives it. Actions run in list
 * order; application requests are answered at once (as events handled right after the current
 * list); a {@code PersistSigningState} reaches the durable store before the broadcast that follows
 * it. A crash can strike between any two actions.
 */
final class SimNode {
  private static final int DECISION_BATCH = 16;

  final int index;
  final DurableStore store;
  private final World world;
  private final Signer signer;
  private final EngineConfig config;
  private final ValidatorSchedule genesis;
  private final CounterApplication application;
  private final Adversary adversary;

  private TendermintEngine engine;
  private int incarnation;
  private boolean up;
  private int crashAfterActions = -1;
  long firstCommitAfterGst = -1;

  SimNode(
      int index,
      World world,
      Signer signer,
      EngineConfig config,
      ValidatorSchedule genesis,
      CounterApplication application,
      Adversary adversary,
      DurableStore store) {
    this.store = store;
    this.index = index;
    this.world = world;
    this.signer = signer;
    this.config = config;
    this.genesis = genesis;
    this.application = application;
    this.adversary = adversary;
  }

  boolean honest() {
    return adversary == null;
  }

  boolean up() {
    return up;
  }

  int incarnation() {
    return incarnation;
  }

  TendermintEngine engine() {
    return engine;
  }

  /** Starts, or restarts from the durable store alone. */
  void boot() {
    incarnation++;
    up = true;
    crashAfterActions = -1;
    engine =
        new TendermintEngine(
            config, store.schedule(genesis), signer, store.signingState(), store.lastHeight() + 1);
    handle(new ConsensusEvent.Start());
  }

  void crash() {
    up = false;
    incarnation++;
    engine = null;
  }

  /** Crash after {@code actions} more actions of the next event handled. */
  void armCrash(int actions) {
    crashAfterActions = actions;
  }

  void handle(ConsensusEvent first) {
    if (!up) {
      return;
    }
    ArrayDeque<ConsensusEvent> pending = new ArrayDeque<>();
    pending.add(first);
    ApplicationBridge bridge = new ApplicationBridge(application);
    while (up && !pending.isEmpty()) {
      List<ConsensusAction> actions = engine.handle(pending.poll());
      for (ConsensusAction a : actions) {
        if (crashAfterActions == 0) {
          crash();
          return;
        }
        if (crashAfterActions > 0) {
          crashAfterActions--;
        }
        execute(a, bridge, pending);
      }
    }
  }

  private void execute(
      ConsensusAction action, ApplicationBridge bridge, ArrayDeque<ConsensusEvent> pending) {
    switch (action) {
      case ConsensusAction.PersistSigningState p -> store.persist(p.state());
      case ConsensusAction.Broadcast b -> broadcast(b.message());
      case ConsensusAction.SendDecisions s -> sendDecisions(s);
      case ConsensusAction.SendTo s -> sendTo(s);
      case ConsensusAction.ScheduleTimeout t ->
          world.queue.after(
              t.delayMillis(),
              new SimEvent.Timer(index, incarnation, t.kind(), t.height(), t.round()));
      case ConsensusAction.RequestProposal r -> bridge.answer(r).ifPresent(pending::add);
      case ConsensusAction.ValidateProposal v -> bridge.answer(v).ifPresent(pending::add);
      case ConsensusAction.Decide d -> {
        FinalizeResult result = application.finalizeBlock(d.height(), d.block(), d.certificate());
        store.commit(d.height(), new DurableStore.Committed(d.block(), d.certificate(), result));
        application.commit(d.height());
        world.onCommit(this, d.height(), d.certificate(), result);
        pending.add(new ConsensusEvent.BlockFinalized(d.height(), result));
      }
      case ConsensusAction.ReportEvidence e -> {
        if (honest()) {
          world.evidenceReported++;
        }
      }
    }
  }

  private void broadcast(ConsensusMessage m) {
    if (adversary == null) {
      world.onHonestSend(m);
      Network.Wired wired = Network.wire(m);
      for (int i = 0; i < world.size(); i++) {
        if (i != index) {
          world.network.send(index, i, wired);
        }
      }
    } else {
      adversary.broadcast(m, (to, msg) -> world.network.send(index, to, Network.wire(msg)));
    }
  }

  private void sendTo(ConsensusAction.SendTo s) {
    int to = world.indexOf(s.peer());
    if (to < 0 || (adversary != null && !adversary.serves())) {
      return;
    }
    if (adversary == null) {
      world.onHonestSend(s.message());
    }
    world.network.send(index, to, Network.wire(s.message()));
  }

  private void sendDecisions(ConsensusAction.SendDecisions s) {
    if (adversary != null && !adversary.serves()) {
      return;
    }
    int to = world.indexOf(s.peer());
    long last = Math.min(store.lastHeight(), s.fromHeight() + DECISION_BATCH - 1);
    for (long h = s.fromHeight(); h <= last && to >= 0; h++) {
      DurableStore.Committed c = store.at(h);
      world.network.send(index, to, Network.wire(new DecisionMessage(c.block(), c.certificate())));
    }
  }
}
