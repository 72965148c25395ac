package org.silkchain.network;

import org.silkchain.codec.Bytes;

/**
 * Receives what authenticated peers send. All methods are called on network I/O threads:
 * implementations must not block (no disk, no locks held for long, no waiting on consensus) and
 * should hand the message off to a queue of their own. A slow handler stalls every peer that shares
 * the I/O thread. An exception thrown here is logged and the message dropped; the link stays up.
 *
 * <p>Messages from one peer arrive in the order it sent them, on one thread at a time. {@code
 * onPeerConnected} is called once a peer has passed TLS and the hello exchange; {@code
 * onPeerDisconnected} once its link is gone (or replaced by a newer link from the same peer, in
 * which case {@code onPeerConnected} follows).
 */
public interface MessageHandler {
  void onMessage(PeerId from, Channel channel, Bytes payload);

  default void onPeerConnected(PeerId peer) {}

  default void onPeerDisconnected(PeerId peer) {}
}
