package org.silkchain.network.netty;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.silkchain.codec.Bytes;
import org.silkchain.network.BanReason;
import org.silkchain.network.Channel;
import org.silkchain.network.MessageHandler;
import org.silkchain.network.PeerId;

/**
 * The node's live links, one per peer, and its bans. Activation, replacement, bans and the
 * connected/disconnected callbacks happen under one lock, so the handler sees each peer's events in
 * a consistent order and a banned peer can never be activated after its ban. Sending reads the map
 * without the lock.
 */
final class Links {
  private static final Logger LOG = System.getLogger(Links.class.getName());

  private final PeerId self; // for log lines: several nodes may share one JVM
  private final ConcurrentHashMap<PeerId, PeerLink> active = new ConcurrentHashMap<>();
  private final BanList bans;
  private final Counters counters;
  private volatile MessageHandler handler =
      new MessageHandler() {
        @Override
        public void onMessage(PeerId from, Channel channel, Bytes payload) {}
      };
  private boolean closed;

  Links(PeerId self, BanList bans, Counters counters) {
    this.self = self;
    this.bans = bans;
    this.counters = counters;
  }

  void handler(MessageHandler handler) {
    this.handler = handler;
  }

  /**
   * Makes {@code link} the peer's link, replacing (and closing) an older one: the newest wins,
   * because an older link of a peer that reconnects is usually dead without knowing it yet.
   *
   * @return false if the peer is banned or the node closed; the caller then closes the link
   */
  synchronized boolean activate(PeerLink link) {
    if (closed || bans.isBanned(link.peer)) {
      return false;
    }
    PeerLink old = active.put(link.peer, link);
    if (old != null) {
      LOG.log(Level.INFO, "{0}: peer {1}: new link {2} replaces {3}", self, link.peer, link, old);
      old.close();
      notifyDisconnected(link.peer);
    }
    LOG.log(Level.INFO, "{0}: peer {1} connected: {2}", self, link.peer, link);
    notifyConnected(link.peer);
    return true;
  }

  /** Called when a link's socket closed; a no-op if a newer link already replaced it. */
  synchronized void deactivate(PeerLink link) {
    if (active.remove(link.peer, link)) {
      LOG.log(Level.INFO, "{0}: peer {1} disconnected", self, link.peer);
      notifyDisconnected(link.peer);
    }
  }

  /** Bans {@code peer} and closes its link; its handshakes are refused until the ban ends. */
  synchronized void ban(PeerId peer, BanReason reason, String detail) {
    bans.ban(peer);
    counters.banned(reason);
    LOG.log(Level.WARNING, "{0}: banning peer {1} ({2}): {3}", self, peer, reason, detail);
    PeerLink link = active.get(peer);
    if (link != null) {
      link.close();
    }
  }

  boolean isBanned(PeerId peer) {
    return bans.isBanned(peer);
  }

  long banRemainingNanos(PeerId peer) {
    return bans.remainingNanos(peer);
  }

  PeerLink get(PeerId peer) {
    return active.get(peer);
  }

  Collection<PeerLink> all() {
    return List.copyOf(active.values());
  }

  Set<PeerId> peers() {
    return Collections.unmodifiableSet(new TreeSet<>(active.keySet()));
  }

  int size() {
    return active.size();
  }

  /** Stops activations; the caller closes the sockets, whose closing deactivates their links. */
  synchronized void close() {
    closed = true;
  }

  void deliver(PeerId from, Channel channel, Bytes payload) {
    try {
      handler.onMessage(from, channel, payload);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "message handler failed on a message from " + from, e);
    }
  }

  private void notifyConnected(PeerId peer) {
    try {
      handler.onPeerConnected(peer);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "message handler failed on connection of " + peer, e);
    }
  }

  private void notifyDisconnected(PeerId peer) {
    try {
      handler.onPeerDisconnected(peer);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "message handler failed on disconnection of " + peer, e);
    }
  }
}
