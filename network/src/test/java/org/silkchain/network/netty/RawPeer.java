package org.silkchain.network.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.PublicKey;
import org.silkchain.network.Channel;
import org.silkchain.network.TlsIdentity;

/**
 * A hand-driven TLS client that speaks raw frames, to play a misbehaving (or stalled) peer. It
 * trusts any server certificate; the node under test decides whether to trust it.
 */
final class RawPeer implements AutoCloseable {
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final io.netty.channel.Channel channel;
  private final SslHandler tls;
  final AtomicLong bytesReceived = new AtomicLong();

  private RawPeer(TlsIdentity identity, int port) throws SSLException {
    SslContext context =
        SslContextBuilder.forClient()
            .sslProvider(SslProvider.JDK)
            .protocols("TLSv1.3")
            .keyManager(identity.keyManagerFactory())
            .trustManager(InsecureTrustManagerFactory.INSTANCE)
            .endpointIdentificationAlgorithm(null)
            .build();
    SslHandler[] handler = new SslHandler[1];
    channel =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    handler[0] = context.newHandler(ch.alloc());
                    ch.pipeline().addLast(handler[0]);
                    ch.pipeline()
                        .addLast(
                            new ChannelInboundHandlerAdapter() {
                              @Override
                              public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                ByteBuf buf = (ByteBuf) msg;
                                bytesReceived.addAndGet(buf.readableBytes());
                                buf.release();
                              }

                              @Override
                              public void exceptionCaught(ChannelHandlerContext ctx, Throwable t) {
                                ctx.close();
                              }
                            });
                  }
                })
            .connect(Consortium.HOST, port)
            .syncUninterruptibly()
            .channel();
    tls = handler[0];
  }

  static RawPeer connect(TlsIdentity identity, int port) {
    try {
      return new RawPeer(identity, port);
    } catch (SSLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for this side's TLS handshake; true if it succeeded. */
  boolean handshake() {
    return tls.handshakeFuture().awaitUninterruptibly(5, TimeUnit.SECONDS)
        && tls.handshakeFuture().isSuccess();
  }

  RawPeer hello(Hash genesis, PublicKey key) {
    return frame(
        Channel.CONTROL.code(),
        ControlMessage.encode(
            new ControlMessage.Hello(PeerHandler.PROTOCOL_VERSION, genesis, key)));
  }

  RawPeer frame(int channelCode, Bytes payload) {
    ByteBuf buf = Unpooled.buffer(5 + payload.size());
    buf.writeInt(payload.size() + 1).writeByte(channelCode).writeBytes(payload.unsafeArray());
    return raw(buf);
  }

  /** Only a length prefix and as many bytes as given: for frames larger than the peer allows. */
  RawPeer lengthPrefix(int length, Bytes start) {
    ByteBuf buf = Unpooled.buffer(4 + start.size());
    buf.writeInt(length).writeBytes(start.unsafeArray());
    return raw(buf);
  }

  RawPeer raw(ByteBuf buf) {
    channel.writeAndFlush(buf);
    return this;
  }

  /** Stops reading, so that the node's writes back up into its outbound queue. */
  void stopReading() {
    channel.config().setAutoRead(false);
  }

  boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() {
    channel.close().awaitUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
  }
}
