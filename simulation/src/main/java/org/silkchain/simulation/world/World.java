package org.silkchain.simulation.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.silkchain.codec.Bytes;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.application.ValueHasher;
import org.silkchain.consensus.certificate.CommitCertificateVerifier;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.signing.KeyPairSigner;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.signing.Signer;
import org.silkchain.consensus.statemachine.ConsensusEvent;
import org.silkchain.consensus.statemachine.EngineConfig;
import org.silkchain.consensus.statemachine.TendermintEngine;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.consensus.validator.ValidatorSchedule;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.consensus.validator.ValidatorUpdate;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.PublicKey;
import org.silkchain.crypto.Signature;
import org.silkchain.ledger.block.CommitCertificate;
import org.silkchain.simulation.ByzantineBehaviour;
import org.silkchain.simulation.SeedResult;
import org.silkchain.simulation.SimulationConfig;
import org.silkchain.simulation.Violation;

/**
 * One seed of a simulation: n real engines on a simulated network and a virtual clock, with the
 * faults the seed draws. Single-threaded and a function of (configuration, seed) alone: all
 * randomness comes from one {@link SplittableRandom} seeded with the seed, all collections iterate
 * in a fixed order, and time is the event queue's.
 */
public final class World {
  static final String CHAIN_ID = "silkchain-simulation";

  /** Stops a run that would otherwise spin (a bug, or an engine variant gone wrong). */
  private static final long MAX_EVENTS = 3_000_000;

  final EventQueue queue = new EventQueue();
  final Network network;
  final Monitor monitor;
  final Counters counters = new Counters();
  final Trace trace = new Trace();
  long evidenceReported;
  private int crashes;

  private final SimulationConfig config;
  private final long seed;
  private final Scenario scenario;
  private final List<SimNode> nodes = new ArrayList<>();
  private final TreeMap<PublicKey, Integer> indexByKey = new TreeMap<>();
  private int honestDone;

  private World(SimulationConfig config, long seed) {
    this.config = config;
    this.seed = seed;
    SplittableRandom rng = new SplittableRandom(seed);
    int n = config.validators();
    this.scenario = Scenario.draw(rng.split(), n, config.byzantine(), config.faults());
    this.network = new Network(queue, scenario, config.faults(), rng.split(), counters);

    List<KeyPair> keys = KeyRing.forSize(n);
    for (int i = 0; i < n; i++) {
      indexByKey.put(keys.get(i).publicKey(), i);
    }
    ValidatorSchedule genesis =
        ValidatorSchedule.genesis(
            ValidatorSet.equalPower(keys.stream().map(KeyPair::publicKey).toList()));
    ValueHasher hasher = ValueHasher.opaque(HashFunction.sha256());
    SignatureVerifier shared =
        config.cacheVerifications() ? new VerificationCache() : SignatureVerifier.bySuite();
    this.monitor =
        new Monitor(
            seed,
            genesis,
            new CommitCertificateVerifier(
                CHAIN_ID, SignatureVerifier.bySuite(), QuorumRule.BYZANTINE));

    // The honest validator with the lowest index gains power at height 3, if asked for.
    Optional<ValidatorUpdate> update = Optional.empty();
    for (int i = 0; i < n && config.validatorChanges(); i++) {
      if (!scenario.byzantine().contains(i)) {
        update = Optional.of(new ValidatorUpdate(keys.get(i).publicKey(), 2));
        break;
      }
    }
    Conspiracy conspiracy = new Conspiracy(n, scenario.byzantine());
    int byzantineOrdinal = 0;
    for (int i = 0; i < n; i++) {
      Signer raw = new KeyPairSigner(keys.get(i));
      Signer counted = counting(raw);
      SignatureVerifier verifier =
          (key, message, signature) -> {
            counters.signatureChecks++;
            return shared.verify(key, message, signature);
          };
      EngineConfig engineConfig =
          new EngineConfig(
              CHAIN_ID,
              config.timeouts(),
              config.quorumRule(),
              hasher,
              verifier,
              64 * 1024,
              16,
              16);
      Adversary adversary = null;
      if (scenario.byzantine().contains(i)) {
        ByzantineBehaviour behaviour = config.behaviourOf(seed, byzantineOrdinal++);
        adversary = new Adversary(behaviour, n, i, raw, conspiracy, hasher, rng.split());
      }
      DurableStore store = new DurableStore();
      boolean invalid =
          adversary != null && adversary.behaviour() == ByzantineBehaviour.INVALID_BLOCKS;
      SimNode node =
          new SimNode(
              i,
              this,
              adversary == null ? counted : raw,
              engineConfig,
              genesis,
              new CounterApplication(store, rng.split(), hasher, update, invalid),
              adversary,
              store);
      nodes.add(node);
    }
  }

  private Signer counting(Signer raw) {
    return new Signer() {
      @Override
      public PublicKey publicKey() {
        return raw.publicKey();
      }

      @Override
      public Signature sign(Bytes message) {
        counters.signatures++;
        return raw.sign(message);
      }
    };
  }

  /** Runs {@code seed} of {@code config} to completion. */
  public static SeedResult run(SimulationConfig config, long seed) {
    World world = new World(config, seed);
    try {
      return world.run();
    } catch (RuntimeException e) {
      world.monitor.add(
          Violation.Kind.ENGINE_FAILURE,
          e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
      return world.finish(world.nodes.stream().filter(SimNode::honest).count(), false);
    }
  }

  int size() {
    return nodes.size();
  }

  int indexOf(PublicKey key) {
    return indexByKey.getOrDefault(key, -1);
  }

  /** Checks what honest nodes send for double signing by honest authors. */
  void onHonestSend(ConsensusMessage m) {
    PublicKey author =
        switch (m) {
          case SignedVote v -> v.author();
          case ProposalMessage p -> p.proposal().author();
          case DecisionMessage d -> null;
        };
    int index = author == null ? -1 : indexOf(author);
    if (index >= 0 && nodes.get(index).honest()) {
      monitor.onSent(index, m);
    }
  }

  void onCommit(SimNode node, long height, CommitCertificate cert, FinalizeResult result) {
    trace.mix(node.index);
    trace.mix(cert.blockHash().bytes());
    if (!node.honest()) {
      return;
    }
    long now = queue.now();
    monitor.onCommit(node.index, height, cert, result, now);
    if (node.firstCommitAfterGst < 0 && now >= scenario.gst()) {
      node.firstCommitAfterGst = now;
    }
    if (height == config.heights()) {
      honestDone++;
    }
  }

  private SeedResult run() {
    for (SimNode node : nodes) {
      queue.at(0, new SimEvent.Boot(node.index));
    }
    if (scenario.partitioned()) {
      queue.at(scenario.partitionStart(), new SimEvent.Partition());
      queue.at(scenario.gst(), new SimEvent.Heal());
    }
    for (Scenario.CrashPlan c : scenario.crashes()) {
      queue.at(c.crashAt(), new SimEvent.Crash(c.node(), c.midStep(), c.afterActions()));
      queue.at(c.restartAt(), new SimEvent.Boot(c.node()));
    }
    long honestCount = nodes.stream().filter(SimNode::honest).count();
    long deadline = scenario.gst() + config.livenessBoundMillis();
    long events = 0;
    boolean exhausted = false;
    while (!queue.isEmpty() && honestDone < honestCount) {
      EventQueue.Entry e = queue.next();
      if (e.time() > deadline) {
        break;
      }
      if (++events > MAX_EVENTS) {
        exhausted = true;
        break;
      }
      trace.mix(e.time());
      switch (e.event()) {
        case SimEvent.Deliver d -> {
          trace.mix(d.to() * 1000L + d.from());
          trace.mix(fingerprint(d.message()));
          nodes.get(d.to()).handle(ConsensusEvent.received(d.message()));
        }
        case SimEvent.Timer t -> {
          SimNode node = nodes.get(t.node());
          if (node.up() && node.incarnation() == t.incarnation()) {
            trace.mix(t.kind().ordinal() * 7919L + t.node());
            node.handle(new ConsensusEvent.TimeoutExpired(t.kind(), t.height(), t.round()));
          }
        }
        case SimEvent.Boot b -> {
          SimNode node = nodes.get(b.node());
          trace.mix(-1 - b.node());
          if (node.up()) {
            node.crash();
          }
          node.boot();
        }
        case SimEvent.Crash c -> {
          trace.mix(-100 - c.node());
          crashes++;
          if (c.midStep()) {
            nodes.get(c.node()).armCrash(c.afterActions());
          } else {
            nodes.get(c.node()).crash();
          }
        }
        case SimEvent.Partition p -> network.partition();
        case SimEvent.Heal h -> network.heal();
      }
    }
    return finish(honestCount, exhausted);
  }

  /** Identifies a message cheaply: its signature, or the block a decision is for. */
  private static Bytes fingerprint(ConsensusMessage m) {
    return switch (m) {
      case SignedVote v -> v.signature().bytes();
      case ProposalMessage p -> p.proposal().signature().bytes();
      case DecisionMessage d -> d.certificate().blockHash().bytes();
    };
  }

  SeedResult finish(long honestCount, boolean exhausted) {
    long committed = Long.MAX_VALUE;
    long recovery = 0;
    StringBuilder stuck = new StringBuilder();
    for (SimNode node : nodes) {
      if (!node.honest()) {
        continue;
      }
      committed = Math.min(committed, node.store.lastHeight());
      if (node.firstCommitAfterGst >= 0) {
        recovery = Math.max(recovery, node.firstCommitAfterGst - scenario.gst());
      }
      if (node.store.lastHeight() < config.heights()) {
        TendermintEngine engine = node.engine();
        stuck.append(
            String.format(
                " node %d%s;",
                node.index,
                engine == null ? " (down)" : " " + engine.describe() + " " + engine.rejections()));
      }
    }
    committed = Math.min(committed, config.heights());
    boolean halted = honestDone < honestCount;
    if (halted && config.byzantine() <= config.faultBound()) {
      monitor.add(
          Violation.Kind.LIVENESS,
          (exhausted
                  ? "event budget exhausted"
                  : "no progress by GST + " + config.livenessBoundMillis() + "ms")
              + " ["
              + scenario.describe()
              + "]:"
              + stuck);
    }
    long latency = 0;
    long previous = 0;
    long heights = 0;
    for (var entry : monitor.commits().entrySet()) {
      latency += entry.getValue().time() - previous;
      previous = entry.getValue().time();
      heights++;
    }
    trace.mix(committed);
    return new SeedResult(
        seed,
        committed,
        halted,
        monitor.violations(),
        trace.value(),
        queue.now(),
        recovery,
        crashes,
        evidenceReported,
        new SeedResult.RunCost(
            counters.messages,
            counters.bytes,
            counters.signatureChecks,
            counters.signatures,
            latency,
            heights));
  }
}
