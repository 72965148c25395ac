package org.silkchain.network.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.network.BanReason;
import org.silkchain.network.Channel;
import org.silkchain.network.PeerId;

/**
 * One connection's protocol, on its event loop: identify the peer from its pinned certificate once
 * TLS completes, exchange hellos, then check every frame (rate, size, channel) and deliver it.
 * Anything a member does wrong bans it; anything before authentication just closes the socket.
 */
final class PeerHandler extends ChannelInboundHandlerAdapter {
  static final int PROTOCOL_VERSION = 1;
  private static final Logger LOG = System.getLogger(PeerHandler.class.getName());

  private final NodeContext node;
  private final DialTarget target; // null for an inbound connection
  private final Runnable onAuthenticated; // releases the pending-handshake slot; idempotent
  private final TokenBucket messageBucket;
  private final TokenBucket byteBucket;
  private PeerId peer; // set once TLS has authenticated the certificate
  private PeerLink link; // set once the peer's hello checked out
  private boolean closing;
  private ScheduledFuture<?> helloTimeout;

  PeerHandler(NodeContext node, DialTarget target, Runnable onAuthenticated) {
    this.node = node;
    this.target = target;
    this.onAuthenticated = onAuthenticated;
    long now = System.nanoTime();
    int messagesPerSecond = node.limits().maxInboundMessagesPerSecond();
    int bytesPerSecond = node.limits().maxInboundBytesPerSecond();
    this.messageBucket = new TokenBucket(messagesPerSecond, messagesPerSecond, now);
    // One maximal frame must always fit, even when the byte rate is set below the frame limit.
    long maxWireFrame = (long) node.limits().maxFrameBytes() + Frames.LENGTH_PREFIX_BYTES;
    long byteCapacity = Math.min(Integer.MAX_VALUE, Math.max(bytesPerSecond, maxWireFrame));
    this.byteBucket = new TokenBucket(bytesPerSecond, byteCapacity, now);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof SslHandshakeCompletionEvent completion) {
      if (completion.isSuccess()) {
        authenticated(ctx);
      } else {
        node.counters().handshakeFailures.increment();
        LOG.log(
            Level.DEBUG,
            "TLS handshake with {0} failed: {1}",
            ctx.channel().remoteAddress(),
            completion.cause().toString());
        close(ctx);
      }
    } else if (event instanceof IdleStateEvent idle) {
      if (idle.state() == IdleState.WRITER_IDLE && link != null) {
        Frames.write(
            ctx.channel(),
            Channel.CONTROL,
            ControlMessage.encode(new ControlMessage.Ping()),
            node.counters());
      } else if (idle.state() == IdleState.READER_IDLE) {
        LOG.log(Level.INFO, "peer {0} silent too long, closing the link", describe(ctx));
        close(ctx);
      }
    }
  }

  private void authenticated(ChannelHandlerContext ctx) {
    onAuthenticated.run();
    Optional<PeerId> identified = identify(ctx);
    if (identified.isEmpty()) {
      node.counters().handshakeFailures.increment();
      close(ctx);
      return;
    }
    PeerId id = identified.get();
    if (id.equals(node.self())) {
      LOG.log(Level.WARNING, "{0} presented this node's own certificate", describe(ctx));
      close(ctx);
      return;
    }
    if (target != null && !id.equals(target.id())) {
      LOG.log(
          Level.WARNING,
          "dialed {0} at {1} but reached {2}: check the peer address list",
          target.id(),
          ctx.channel().remoteAddress(),
          id);
      close(ctx);
      return;
    }
    peer = id;
    if (node.links().isBanned(peer)) {
      node.counters().refusedWhileBanned.increment();
      LOG.log(Level.DEBUG, "refusing banned peer {0}", peer);
      close(ctx);
      return;
    }
    Frames.write(
        ctx.channel(),
        Channel.CONTROL,
        ControlMessage.encode(
            new ControlMessage.Hello(PROTOCOL_VERSION, node.genesisHash(), node.self().nodeKey())),
        node.counters());
    helloTimeout =
        ctx.executor()
            .schedule(
                () -> {
                  if (link == null && !closing) {
                    node.counters().handshakeFailures.increment();
                    LOG.log(Level.INFO, "peer {0} sent no hello in time", peer);
                    close(ctx);
                  }
                },
                node.limits().handshakeTimeout().toNanos(),
                TimeUnit.NANOSECONDS);
  }

  private Optional<PeerId> identify(ChannelHandlerContext ctx) {
    try {
      Certificate[] chain =
          ctx.pipeline().get(SslHandler.class).engine().getSession().getPeerCertificates();
      if (chain.length > 0 && chain[0] instanceof X509Certificate certificate) {
        return node.trust().peerOf(certificate);
      }
    } catch (SSLPeerUnverifiedException e) {
      LOG.log(Level.DEBUG, "no verified peer certificate from {0}", describe(ctx));
    }
    return Optional.empty();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf frame = (ByteBuf) msg;
    try {
      if (closing) {
        return; // the rest of a batch read before a ban
      }
      if (peer == null) {
        close(ctx); // data before authentication cannot come through TLS; be safe anyway
        return;
      }
      int size = frame.readableBytes();
      node.counters().framesIn.increment();
      node.counters().bytesIn.add(size + (long) Frames.LENGTH_PREFIX_BYTES);
      long now = System.nanoTime();
      if (!messageBucket.tryTake(1, now)) {
        ban(
            ctx,
            BanReason.RATE_LIMIT,
            "over " + node.limits().maxInboundMessagesPerSecond() + " messages/s");
        return;
      }
      if (!byteBucket.tryTake(size + (long) Frames.LENGTH_PREFIX_BYTES, now)) {
        ban(
            ctx,
            BanReason.RATE_LIMIT,
            "over " + node.limits().maxInboundBytesPerSecond() + " bytes/s");
        return;
      }
      if (size == 0) {
        ban(ctx, BanReason.MALFORMED_FRAME, "empty frame");
        return;
      }
      int code = frame.readUnsignedByte();
      Channel channel;
      try {
        channel = Channel.fromCode(code);
      } catch (DecodeException e) {
        ban(ctx, BanReason.UNKNOWN_CHANNEL, "channel code " + code);
        return;
      }
      Bytes payload = Bytes.wrap(ByteBufUtil.getBytes(frame));
      if (channel == Channel.CONTROL) {
        control(ctx, payload);
      } else if (link == null) {
        ban(ctx, BanReason.MALFORMED_FRAME, channel + " frame before hello");
      } else {
        node.links().deliver(peer, channel, payload);
      }
    } finally {
      frame.release();
    }
  }

  private void control(ChannelHandlerContext ctx, Bytes payload) {
    ControlMessage message;
    try {
      message = ControlMessage.decode(payload);
    } catch (DecodeException e) {
      ban(ctx, link == null ? BanReason.BAD_HELLO : BanReason.MALFORMED_FRAME, e.getMessage());
      return;
    }
    switch (message) {
      case ControlMessage.Hello hello -> hello(ctx, hello);
      case ControlMessage.Ping ping -> {
        if (link == null) {
          ban(ctx, BanReason.BAD_HELLO, "ping before hello");
        }
      }
    }
  }

  private void hello(ChannelHandlerContext ctx, ControlMessage.Hello hello) {
    if (link != null) {
      ban(ctx, BanReason.MALFORMED_FRAME, "second hello");
    } else if (hello.protocolVersion() != PROTOCOL_VERSION) {
      ban(ctx, BanReason.BAD_HELLO, "protocol version " + hello.protocolVersion());
    } else if (!hello.genesisHash().equals(node.genesisHash())) {
      ban(
          ctx,
          BanReason.GENESIS_MISMATCH,
          "genesis " + hello.genesisHash() + ", ours " + node.genesisHash());
    } else if (!hello.nodeKey().equals(peer.nodeKey())) {
      ban(
          ctx,
          BanReason.IDENTITY_MISMATCH,
          "claims key " + hello.nodeKey() + " but its certificate is pinned to " + peer.nodeKey());
    } else {
      helloTimeout.cancel(false);
      link = new PeerLink(peer, ctx.channel(), node.limits(), node.counters());
      if (!node.links().activate(link)) {
        node.counters().refusedWhileBanned.increment();
        close(ctx);
        return;
      }
      if (target != null) {
        target.onLinkUp();
      }
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (closing) {
      return;
    }
    if (peer != null && cause instanceof TooLongFrameException) {
      ban(ctx, BanReason.OVERSIZED_FRAME, cause.getMessage());
    } else if (peer != null && cause instanceof CorruptedFrameException) {
      ban(ctx, BanReason.MALFORMED_FRAME, cause.getMessage());
    } else if (cause instanceof IOException || cause.getCause() instanceof SSLException) {
      // Resets and TLS failures; the handshake event reports failed handshakes.
      LOG.log(Level.DEBUG, "link {0} failed: {1}", describe(ctx), cause.toString());
      close(ctx);
    } else {
      LOG.log(Level.WARNING, "link " + describe(ctx) + " failed", cause);
      close(ctx);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    closing = true;
    onAuthenticated.run();
    if (helloTimeout != null) {
      helloTimeout.cancel(false);
    }
    if (link != null) {
      node.links().deactivate(link);
    }
    ctx.fireChannelInactive();
  }

  private void ban(ChannelHandlerContext ctx, BanReason reason, String detail) {
    node.links().ban(peer, reason, detail);
    close(ctx);
  }

  private void close(ChannelHandlerContext ctx) {
    closing = true;
    ctx.close();
  }

  private String describe(ChannelHandlerContext ctx) {
    return (peer != null ? peer + "@" : "") + ctx.channel().remoteAddress();
  }
}
