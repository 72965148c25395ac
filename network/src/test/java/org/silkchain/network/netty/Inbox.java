package org.silkchain.network.netty;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.silkchain.codec.Bytes;
import org.silkchain.network.Channel;
import org.silkchain.network.MessageHandler;
import org.silkchain.network.PeerId;

/** Records everything a node's network delivers. */
final class Inbox implements MessageHandler {
  record Message(PeerId from, Channel channel, Bytes payload) {}

  final ConcurrentLinkedQueue<Message> messages = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<PeerId> connected = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<PeerId> disconnected = new ConcurrentLinkedQueue<>();

  @Override
  public void onMessage(PeerId from, Channel channel, Bytes payload) {
    messages.add(new Message(from, channel, payload));
  }

  @Override
  public void onPeerConnected(PeerId peer) {
    connected.add(peer);
  }

  @Override
  public void onPeerDisconnected(PeerId peer) {
    disconnected.add(peer);
  }

  List<Message> from(PeerId peer) {
    return messages.stream().filter(m -> m.from().equals(peer)).toList();
  }

  boolean has(PeerId from, Channel channel, Bytes payload) {
    return messages.contains(new Message(from, channel, payload));
  }
}
