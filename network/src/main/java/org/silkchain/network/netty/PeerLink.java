package org.silkchain.network.netty;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.silkchain.codec.Bytes;
import org.silkchain.network.Channel;
import org.silkchain.network.NetworkLimits;
import org.silkchain.network.PeerId;

/**
 * An authenticated connection to one peer, past the hello exchange, with its bounded outbound
 * queue. The queue is Netty's own (pending write tasks and the channel's outbound buffer); this
 * class only counts what is in it, in messages and bytes, and refuses more past the limits, so a
 * stalled peer costs at most {@link NetworkLimits#maxOutboundQueuedMessages()} messages and {@link
 * NetworkLimits#maxOutboundQueuedBytes()} bytes and never blocks a sender.
 */
final class PeerLink {
  final PeerId peer;
  final io.netty.channel.Channel socket;
  private final int maxMessages;
  private final long maxBytes;
  private final long maxPayloadBytes;
  private final Counters counters;
  private final AtomicInteger queuedMessages = new AtomicInteger();
  private final AtomicLong queuedBytes = new AtomicLong();

  PeerLink(PeerId peer, io.netty.channel.Channel socket, NetworkLimits limits, Counters counters) {
    this.peer = peer;
    this.socket = socket;
    this.maxMessages = limits.maxOutboundQueuedMessages();
    this.maxBytes = limits.maxOutboundQueuedBytes();
    this.maxPayloadBytes = limits.maxFrameBytes() - 1L;
    this.counters = counters;
  }

  /** Queues an application message; false (and counted as dropped) if it does not fit. */
  boolean offer(Channel channel, Bytes payload) {
    if (payload.size() > maxPayloadBytes || !socket.isActive()) {
      counters.droppedOutbound.increment();
      return false;
    }
    long size = Frames.wireSize(payload);
    int messages = queuedMessages.incrementAndGet();
    long bytes = queuedBytes.addAndGet(size);
    if (messages > maxMessages || bytes > maxBytes) {
      queuedMessages.decrementAndGet();
      queuedBytes.addAndGet(-size);
      counters.droppedOutbound.increment();
      return false;
    }
    // The listener runs once the socket took the frame or the link failed: either way it left
    // the queue.
    Frames.write(socket, channel, payload, counters)
        .addListener(
            future -> {
              queuedMessages.decrementAndGet();
              queuedBytes.addAndGet(-size);
            });
    return true;
  }

  int queuedMessages() {
    return queuedMessages.get();
  }

  void close() {
    socket.close();
  }

  @Override
  public String toString() {
    return "PeerLink[" + peer + " " + socket.remoteAddress() + "]";
  }
}
