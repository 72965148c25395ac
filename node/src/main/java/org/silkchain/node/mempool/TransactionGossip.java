package org.silkchain.node.mempool;

import java.lang.System.Logger.Level;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.silkchain.codec.Bytes;
import org.silkchain.network.Channel;
import org.silkchain.network.PeerId;
import org.silkchain.network.PeerNetwork;
import org.silkchain.node.execution.RejectionCode;

/**
 * Spreads transactions between mempools. A transaction admitted from a client is broadcast to every
 * peer on {@link Channel#TRANSACTIONS}; one received from a peer goes through the same admission
 * checks, on a worker thread of its own (never on the network's I/O threads), and is not forwarded
 * again: every validator is connected to every other, so the submitter's broadcast reaches all.
 *
 * <p>A peer that sends something no honest node would forward (undecodable, oversized, for another
 * chain, badly signed) is penalized. Other rejections (duplicate, stale nonce, full) are normal
 * races and cost the peer nothing.
 */
public final class TransactionGossip implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(TransactionGossip.class.getName());
  private static final Set<RejectionCode> MISBEHAVIOUR =
      EnumSet.of(
          RejectionCode.MALFORMED,
          RejectionCode.TOO_LARGE,
          RejectionCode.WRONG_CHAIN,
          RejectionCode.BAD_SIGNATURE);

  private final Mempool mempool;
  private final PeerNetwork network;
  private final ThreadPoolExecutor worker;
  private final AtomicLong droppedInbound = new AtomicLong();

  public TransactionGossip(Mempool mempool, PeerNetwork network, int inboundCapacity) {
    this.mempool = mempool;
    this.network = network;
    this.worker =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(inboundCapacity),
            r -> {
              Thread t = new Thread(r, "silkchain-tx-gossip");
              t.setDaemon(true);
              return t;
            },
            (r, pool) -> droppedInbound.incrementAndGet());
  }

  /** Admits a client's transaction and, if admitted, broadcasts it. */
  public Admission submit(Bytes encoded) {
    Admission admission = mempool.admit(encoded);
    if (admission.isAdmitted()) {
      network.broadcast(Channel.TRANSACTIONS, encoded);
    }
    return admission;
  }

  /**
   * From a network I/O thread: queues the admission (dropped and counted when the queue is full).
   */
  public void onPeerTransaction(PeerId peer, Bytes encoded) {
    worker.execute(
        () -> {
          Admission admission = mempool.admit(encoded);
          if (admission.rejection().isPresent()
              && MISBEHAVIOUR.contains(admission.rejection().get())) {
            LOG.log(
                Level.WARNING, "peer {0} sent a bad transaction: {1}", peer, admission.detail());
            network.penalize(peer, "transaction " + admission.rejection().get());
          }
        });
  }

  public long droppedInbound() {
    return droppedInbound.get();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
