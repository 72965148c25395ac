package org.silkchain.node;

import java.lang.System.Logger.Level;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.crypto.PublicKey;
import org.silkchain.network.Channel;
import org.silkchain.network.MessageHandler;
import org.silkchain.network.PeerId;
import org.silkchain.network.PeerNetwork;
import org.silkchain.node.driver.ConsensusDriver;
import org.silkchain.node.driver.ConsensusTransport;
import org.silkchain.node.driver.SyncRequest;
import org.silkchain.node.mempool.TransactionGossip;

/**
 * Joins the peer network to the node: consensus messages to and from the driver, block requests
 * ({@link SyncRequest}) on the sync channel, transactions to and from the mempool gossip. Runs on
 * network I/O threads, so it only decodes and hands off.
 */
final class PeerWiring implements MessageHandler, ConsensusTransport {
  private static final System.Logger LOG = System.getLogger(PeerWiring.class.getName());

  private final PeerNetwork network;
  private volatile ConsensusDriver driver;
  private volatile TransactionGossip gossip;

  PeerWiring(PeerNetwork network) {
    this.network = network;
  }

  void attach(ConsensusDriver driver, TransactionGossip gossip) {
    this.driver = driver;
    this.gossip = gossip;
  }

  @Override
  public void onMessage(PeerId from, Channel channel, Bytes payload) {
    switch (channel) {
      case CONSENSUS -> {
        ConsensusMessage message;
        try {
          message = ConsensusMessage.CODEC.decode(payload);
        } catch (DecodeException e) {
          network.penalize(from, "malformed consensus message: " + e.reason());
          return;
        }
        ConsensusDriver d = driver;
        if (d != null) {
          d.offer(from.nodeKey(), message);
        }
      }
      case TRANSACTIONS -> {
        TransactionGossip g = gossip;
        if (g != null) {
          g.onPeerTransaction(from, payload);
        }
      }
      case SYNC -> {
        SyncRequest request;
        try {
          request = SyncRequest.CODEC.decode(payload);
        } catch (DecodeException e) {
          network.penalize(from, "malformed sync request: " + e.reason());
          return;
        }
        ConsensusDriver d = driver;
        if (d != null) {
          d.offerSyncRequest(from.nodeKey(), request.fromHeight());
        }
      }
      case CONTROL -> LOG.log(Level.DEBUG, "ignored a {0} frame from {1}", channel, from);
    }
  }

  @Override
  public void onPeerConnected(PeerId peer) {
    LOG.log(Level.INFO, "peer {0} connected", peer);
  }

  @Override
  public void onPeerDisconnected(PeerId peer) {
    LOG.log(Level.INFO, "peer {0} disconnected", peer);
  }

  @Override
  public void broadcast(ConsensusMessage message) {
    network.broadcast(Channel.CONSENSUS, ConsensusMessage.CODEC.encode(message));
  }

  @Override
  public void sendTo(PublicKey validator, ConsensusMessage message) {
    network.send(new PeerId(validator), Channel.CONSENSUS, ConsensusMessage.CODEC.encode(message));
  }

  @Override
  public void requestBlocks(PublicKey peer, long fromHeight) {
    network.send(
        new PeerId(peer), Channel.SYNC, SyncRequest.CODEC.encode(new SyncRequest(fromHeight)));
  }

  @Override
  public void penalize(PublicKey validator, String reason) {
    network.penalize(new PeerId(validator), reason);
  }
}
