package org.silkchain.node.driver;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.silkchain.consensus.application.Application;
import org.silkchain.consensus.application.FinalizeResult;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.consensus.message.DecisionMessage;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.message.SignedVote;
import org.silkchain.consensus.statemachine.ConsensusAction;
import org.silkchain.consensus.statemachine.ConsensusEvent;
import org.silkchain.consensus.statemachine.TendermintEngine;
import org.silkchain.consensus.validation.RejectReason;
import org.silkchain.crypto.PublicKey;
import org.silkchain.node.logging.LogContext;
import org.silkchain.storage.CommittedBlock;
import org.silkchain.storage.LedgerStore;

/**
 * Drives the {@link TendermintEngine} for real: one thread owns the engine and executes its actions
 * in order, exactly as the simulator's {@code SimNode} does with virtual time.
 *
 * <ul>
 *   <li>Inputs arrive on one queue. Network messages count against {@code inboundCapacity}; beyond
 *       it they are dropped and counted (consensus retransmits). Local events (timers, deferred
 *       proposals, application answers) are never dropped.
 *   <li>Timers run on a scheduler whose only job is to enqueue {@code TimeoutExpired}.
 *   <li>{@code PersistSigningState} is written durably before the next action runs; if it cannot
 *       be, the driver stops rather than send what it signed.
 *   <li>{@code Decide}: the application finalizes (and stores, in one synced batch) the block, then
 *       {@code BlockFinalized} is fed back.
 *   <li>{@code SendDecisions}: up to {@value #DECISION_BATCH} stored blocks with their certificates
 *       go to the lagging validator.
 *   <li>{@code RequestProposal} is answered at once, or deferred until {@code blockInterval} after
 *       the last commit, so that an idle chain does not commit empty blocks back to back.
 * </ul>
 *
 * <p>A decided block received from a peer is checked ({@code decisionCheck}) before the engine sees
 * it; a peer whose message fails that check or whose signature the engine rejects is penalized.
 */
public final class ConsensusDriver implements AutoCloseable {
  public static final int DECISION_BATCH = 16;
  private static final System.Logger LOG = System.getLogger(ConsensusDriver.class.getName());

  private sealed interface Input {}

  private record Local(ConsensusEvent event) implements Input {}

  private record FromPeer(PublicKey peer, ConsensusMessage message) implements Input {}

  private record PrepareNow(ConsensusAction.RequestProposal request) implements Input {}

  private record Stop() implements Input {}

  private record ServeSync(PublicKey peer, long fromHeight) implements Input {}

  private record SyncTick() implements Input {}

  /** How often a node checks whether it must ask for blocks ({@link SyncRequest}). */
  static final long SYNC_TICK_MILLIS = 500;

  /** Least time between two batches served to one peer on its request. */
  static final long SYNC_SERVE_INTERVAL_NANOS = 250_000_000L;

  /**
   * @param inboundCapacity network messages queued at most
   * @param blockIntervalMillis least time between a commit and the next proposal by this node
   */
  public record Settings(int inboundCapacity, long blockIntervalMillis) {}

  private final TendermintEngine engine;
  private final Application application;
  private final SigningStateStore signing;
  private final ConsensusTransport transport;
  private final LedgerStore store;
  private final Function<DecisionMessage, Optional<String>> decisionCheck;
  private final Settings settings;
  private final Consumer<Throwable> onFatal;
  private final LinkedBlockingQueue<Input> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger networkQueued = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  private final ScheduledExecutorService timers;
  private final Thread thread;
  private long lastCommitNanos = System.nanoTime();
  private volatile long highestPeerHeight;
  private long heightAtLastSyncTick;
  private long syncTicks;

  /** The height each peer last sent a message for (driver thread; one entry per linked peer). */
  private final java.util.TreeMap<PublicKey, Long> peerHeights = new java.util.TreeMap<>();

  private final java.util.TreeMap<PublicKey, Long> lastServedNanos = new java.util.TreeMap<>();
  private volatile DriverStatus status;
  private volatile boolean running;

  public ConsensusDriver(
      TendermintEngine engine,
      Application application,
      SigningStateStore signing,
      ConsensusTransport transport,
      LedgerStore store,
      Function<DecisionMessage, Optional<String>> decisionCheck,
      Settings settings,
      String name,
      Consumer<Throwable> onFatal) {
    this.engine = engine;
    this.application = application;
    this.signing = signing;
    this.transport = transport;
    this.store = store;
    this.decisionCheck = decisionCheck;
    this.settings = settings;
    this.onFatal = onFatal;
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "silkchain-timers-" + name);
              t.setDaemon(true);
              return t;
            });
    scheduler.setRemoveOnCancelPolicy(true);
    this.timers = scheduler;
    this.thread = new Thread(this::run, "silkchain-consensus-" + name);
    this.status = new DriverStatus(engine.height(), engine.round(), 0, 0, false);
  }

  /** Starts the thread and feeds {@code Start}. */
  public void start() {
    running = true;
    queue.add(new Local(new ConsensusEvent.Start()));
    thread.start();
    later(SYNC_TICK_MILLIS, TimeUnit.MILLISECONDS, new SyncTick());
  }

  /** A peer's {@link SyncRequest}; false if dropped (queue full). */
  public boolean offerSyncRequest(PublicKey peer, long fromHeight) {
    if (!running) {
      return false;
    }
    if (networkQueued.incrementAndGet() > settings.inboundCapacity()) {
      networkQueued.decrementAndGet();
      dropped.incrementAndGet();
      return false;
    }
    queue.add(new ServeSync(peer, fromHeight));
    return true;
  }

  /** Hands a message from {@code peer} to the driver; false if dropped (queue full). */
  public boolean offer(PublicKey peer, ConsensusMessage message) {
    if (!running) {
      return false;
    }
    if (networkQueued.incrementAndGet() > settings.inboundCapacity()) {
      networkQueued.decrementAndGet();
      dropped.incrementAndGet();
      return false;
    }
    queue.add(new FromPeer(peer, message));
    return true;
  }

  public DriverStatus status() {
    return status;
  }

  private void run() {
    try {
      while (true) {
        Input input = queue.take();
        if (input instanceof Stop || !running) {
          return;
        }
        handle(input);
        status =
            new DriverStatus(
                engine.height(), engine.round(), highestPeerHeight, dropped.get(), running);
        LogContext.position(engine.height(), engine.round());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | IOException | Error e) {
      running = false;
      LOG.log(Level.ERROR, "consensus driver stopped: " + e, e);
      onFatal.accept(e);
    } finally {
      running = false;
      status =
          new DriverStatus(
              engine.height(), engine.round(), highestPeerHeight, dropped.get(), false);
    }
  }

  private void handle(Input input) throws IOException {
    ArrayDeque<ConsensusEvent> pending = new ArrayDeque<>();
    PublicKey from = null;
    switch (input) {
      case Local l -> pending.add(l.event());
      case PrepareNow p -> {
        // Deferred: the engine may have moved on (a decision from a peer) in the meantime.
        if (p.request().height() != engine.height() || p.request().round() != engine.round()) {
          return;
        }
        pending.add(prepare(p.request()));
      }
      case ServeSync r -> {
        networkQueued.decrementAndGet();
        serveSync(r);
        return;
      }
      case SyncTick t -> {
        syncTick();
        return;
      }
      case FromPeer f -> {
        networkQueued.decrementAndGet();
        from = f.peer();
        highestPeerHeight = Math.max(highestPeerHeight, f.message().height());
        peerHeights.put(f.peer(), f.message().height());
        if (f.message() instanceof DecisionMessage d && d.height() >= engine.height()) {
          Optional<String> problem = decisionCheck.apply(d);
          if (problem.isPresent()) {
            transport.penalize(from, problem.get());
            return;
          }
        }
        pending.add(ConsensusEvent.received(f.message()));
      }
      case Stop s -> {
        return;
      }
    }
    long badBefore = from == null ? 0 : badSignatures();
    while (!pending.isEmpty()) {
      List<ConsensusAction> actions = engine.handle(pending.poll());
      for (ConsensusAction action : actions) {
        execute(action, pending);
      }
    }
    if (from != null && badSignatures() > badBefore && authoredBy(input, from)) {
      transport.penalize(from, "consensus message with an invalid signature");
    }
  }

  /**
   * Asks a peer that is ahead (in turn) for blocks when peers are two or more heights ahead, or one
   * ahead and this node did not move since the last tick: consensus alone never serves a node that
   * sends no votes (see {@link SyncRequest}). A batch per tick lets a joining node outrun the
   * chain. A validator that lags is usually served by consensus already; the request is then
   * redundant but harmless (the peer serves one batch per {@value #SYNC_SERVE_INTERVAL_NANOS} ns at
   * most).
   */
  private void syncTick() {
    long height = engine.height();
    List<PublicKey> ahead =
        peerHeights.entrySet().stream()
            .filter(e -> e.getValue() > height)
            .map(e -> e.getKey())
            .toList();
    long best = peerHeights.values().stream().mapToLong(Long::longValue).max().orElse(0);
    boolean farBehind = best > height + 1;
    boolean stuck = best > height && height == heightAtLastSyncTick;
    if (!ahead.isEmpty() && (farBehind || stuck)) {
      // Each tick asks the next peer that is ahead: a dead or lying peer costs one tick, not all.
      transport.requestBlocks(ahead.get((int) (syncTicks++ % ahead.size())), height);
    }
    heightAtLastSyncTick = height;
    later(SYNC_TICK_MILLIS, TimeUnit.MILLISECONDS, new SyncTick());
  }

  private void serveSync(ServeSync r) {
    long now = System.nanoTime();
    Long last = lastServedNanos.get(r.peer());
    if (last != null && now - last < SYNC_SERVE_INTERVAL_NANOS) {
      return;
    }
    lastServedNanos.put(r.peer(), now);
    sendDecisions(new ConsensusAction.SendDecisions(r.peer(), r.fromHeight()));
  }

  private long badSignatures() {
    Map<RejectReason, Long> rejections = engine.rejections();
    return rejections.getOrDefault(RejectReason.BAD_SIGNATURE, 0L);
  }

  /** Whether the sender signed the message itself (relayed votes are someone else's fault). */
  private static boolean authoredBy(Input input, PublicKey from) {
    if (!(input instanceof FromPeer f)) {
      return false;
    }
    return switch (f.message()) {
      case ProposalMessage p -> p.proposal().author().equals(from);
      case SignedVote v -> v.author().equals(from);
      case DecisionMessage d -> false;
    };
  }

  private void execute(ConsensusAction action, ArrayDeque<ConsensusEvent> pending)
      throws IOException {
    switch (action) {
      case ConsensusAction.PersistSigningState p -> signing.persist(p.state());
      case ConsensusAction.Broadcast b -> transport.broadcast(b.message());
      case ConsensusAction.SendTo s -> transport.sendTo(s.peer(), s.message());
      case ConsensusAction.SendDecisions s -> sendDecisions(s);
      case ConsensusAction.ScheduleTimeout t -> schedule(t);
      case ConsensusAction.RequestProposal r -> {
        long wait =
            lastCommitNanos + settings.blockIntervalMillis() * 1_000_000L - System.nanoTime();
        if (wait <= 0) {
          pending.add(prepare(r));
        } else {
          later(wait, TimeUnit.NANOSECONDS, new PrepareNow(r));
        }
      }
      case ConsensusAction.ValidateProposal v ->
          pending.add(
              new ConsensusEvent.ProposalValidated(
                  v.height(), v.valueHash(), application.processProposal(v.height(), v.block())));
      case ConsensusAction.Decide d -> {
        FinalizeResult result = application.finalizeBlock(d.height(), d.block(), d.certificate());
        application.commit(d.height());
        lastCommitNanos = System.nanoTime();
        LOG.log(
            Level.INFO,
            "committed block {0} (round {1}, hash {2})",
            d.height(),
            d.round(),
            d.certificate().blockHash());
        pending.add(new ConsensusEvent.BlockFinalized(d.height(), result));
      }
      case ConsensusAction.ReportEvidence e ->
          LOG.log(Level.WARNING, "equivocation evidence: {0}", e.evidence());
    }
  }

  private ConsensusEvent prepare(ConsensusAction.RequestProposal r) {
    return new ConsensusEvent.ProposalPrepared(
        r.height(), r.round(), application.prepareProposal(r.height(), r.maxBlockBytes()));
  }

  private void schedule(ConsensusAction.ScheduleTimeout t) {
    later(
        t.delayMillis(),
        TimeUnit.MILLISECONDS,
        new Local(new ConsensusEvent.TimeoutExpired(t.kind(), t.height(), t.round())));
  }

  private void later(long delay, TimeUnit unit, Input input) {
    if (!running) {
      return;
    }
    try {
      timers.schedule(() -> queue.add(input), delay, unit);
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      // Shutting down: the timer no longer matters.
    }
  }

  private void sendDecisions(ConsensusAction.SendDecisions s) {
    long tip = store.tip().map(t -> t.height()).orElse(0L);
    long last = Math.min(tip, s.fromHeight() + DECISION_BATCH - 1);
    for (long h = Math.max(1, s.fromHeight()); h <= last; h++) {
      Optional<CommittedBlock> block = store.blockAt(h);
      if (block.isEmpty() || block.get().certificate().isEmpty()) {
        return;
      }
      transport.sendTo(
          s.peer(),
          new DecisionMessage(block.get().block().encode(), block.get().certificate().get()));
    }
  }

  /** Stops the timers and the thread after the input being handled (a store write completes). */
  @Override
  public void close() {
    running = false;
    timers.shutdownNow();
    queue.add(new Stop());
    if (Thread.currentThread() != thread) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
