package org.silkchain.network;

import java.util.Set;
import org.silkchain.codec.Bytes;

/**
 * Authenticated links to the other consortium nodes. Implementations are thread-safe.
 *
 * <p>Delivery is best effort: {@link #send} and {@link #broadcast} never block. When a peer's
 * outbound queue is full (a slow or stalled peer), the message is dropped for that peer and
 * counted; a message queued to a link that then breaks is lost too. Consensus tolerates this (it
 * retransmits through timeouts and view changes, and lagging nodes catch up through sync), so
 * callers must not assume that a message they sent arrived.
 */
public interface PeerNetwork extends AutoCloseable {
  /**
   * Binds the listening socket, starts dialing the configured peers and starts delivering to {@code
   * handler}. Called once.
   *
   * @throws IllegalStateException if already started or closed
   * @throws java.io.UncheckedIOException if the listen address cannot be bound
   */
  void start(MessageHandler handler);

  /**
   * Queues {@code payload} to every connected peer.
   *
   * @throws IllegalArgumentException for {@link Channel#CONTROL}
   */
  void broadcast(Channel channel, Bytes payload);

  /**
   * Queues {@code payload} to one peer.
   *
   * @return false if the peer is not connected, its outbound queue is full, or the payload exceeds
   *     the frame limit; the message is then dropped
   * @throws IllegalArgumentException for {@link Channel#CONTROL}
   */
  boolean send(PeerId to, Channel channel, Bytes payload);

  /**
   * Accepts {@code peer} from now on: pins its TLS certificate {@code fingerprint} (replacing an
   * older pin of that peer) and, if this node is the side that dials it, starts dialing {@code
   * peer}'s address. For a validator admitted after genesis (the node reads pins and addresses from
   * the validator registry). Idempotent; may be called before or after {@link #start}.
   *
   * @return false, changing nothing, if another peer already holds {@code fingerprint}
   */
  boolean admit(PeerAddress peer, Bytes fingerprint);

  /** The peers whose link is up and past the hello exchange, now. */
  Set<PeerId> connectedPeers();

  /**
   * Reports application-level misbehaviour found above the network (an invalid signature, a lie
   * during sync): disconnects {@code peer} and refuses it, inbound and outbound, for {@link
   * NetworkLimits#banDuration()}. {@code reason} goes to the log.
   */
  void penalize(PeerId peer, String reason);

  /** The port the listener is bound to (useful with port 0); -1 before {@link #start}. */
  int boundPort();

  /** Closes every link and the listener and stops the I/O threads. Idempotent. */
  @Override
  void close();
}
