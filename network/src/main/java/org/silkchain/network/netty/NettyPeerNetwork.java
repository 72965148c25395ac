package org.silkchain.network.netty;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.silkchain.codec.Bytes;
import org.silkchain.network.BanReason;
import org.silkchain.network.Channel;
import org.silkchain.network.MessageHandler;
import org.silkchain.network.NetworkConfig;
import org.silkchain.network.NetworkStats;
import org.silkchain.network.PeerAddress;
import org.silkchain.network.PeerId;
import org.silkchain.network.PeerNetwork;

/**
 * {@link PeerNetwork} over Netty NIO: mutual TLS 1.3 with pinned certificates, a hello exchange,
 * length-prefixed frames, per-peer limits and bans. See the package documentation for the wire
 * protocol. Two I/O threads serve all links, the listener and the dialer.
 */
public final class NettyPeerNetwork implements PeerNetwork {
  /** A link write-idle this long sends a ping. */
  static final Duration PING_INTERVAL = Duration.ofSeconds(2);

  /** A link that received nothing (not even a ping) this long is presumed dead and closed. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Inbound connections not yet authenticated, at most: bounds what unauthenticated sockets (which
   * cannot be banned, having no identity) can hold while the handshake timeout runs.
   */
  static final int MAX_PENDING_HANDSHAKES = 64;

  private static final int IO_THREADS = 2;
  private static final Logger LOG = System.getLogger(NettyPeerNetwork.class.getName());

  private final NetworkConfig config;
  private final NodeContext node;
  private final TlsContexts tls;
  private final AtomicInteger pendingHandshakes = new AtomicInteger();
  private final Object lifecycle = new Object();
  private EventLoopGroup group;
  private ChannelGroup sockets;
  private Dialer dialer;

  /** Peers this node dials (or will at start): each gets one dial loop. */
  private final java.util.TreeMap<PeerId, PeerAddress> dialed = new java.util.TreeMap<>();

  private volatile int boundPort = -1;
  private boolean started;
  private volatile boolean closed;

  private NettyPeerNetwork(NetworkConfig config) {
    this.config = config;
    PinnedTrustManager trust = new PinnedTrustManager(config.trustedCertificateFingerprints());
    Counters counters = new Counters();
    BanList bans = new BanList(config.limits().banDuration().toNanos(), System::nanoTime);
    this.node =
        new NodeContext(
            config.self(),
            config.genesisHash(),
            config.limits(),
            trust,
            new Links(config.self(), bans, counters),
            counters);
    this.tls = TlsContexts.of(config.identity(), trust);
  }

  /** A network for {@code config}; nothing runs and no socket opens until {@link #start}. */
  public static NettyPeerNetwork create(NetworkConfig config) {
    return new NettyPeerNetwork(Objects.requireNonNull(config, "config"));
  }

  @Override
  public void start(MessageHandler handler) {
    Objects.requireNonNull(handler, "handler");
    synchronized (lifecycle) {
      if (started || closed) {
        throw new IllegalStateException(closed ? "network is closed" : "network already started");
      }
      started = true;
      node.links().handler(handler);
      group =
          new MultiThreadIoEventLoopGroup(
              IO_THREADS,
              new DefaultThreadFactory("silkchain-net-" + config.self(), true),
              NioIoHandler.newFactory());
      sockets = new DefaultChannelGroup("silkchain-links", GlobalEventExecutor.INSTANCE);
      ChannelFuture bound =
          new ServerBootstrap()
              .group(group)
              .channel(NioServerSocketChannel.class)
              .option(ChannelOption.SO_REUSEADDR, true)
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childHandler(inboundInitializer())
              .bind(config.listenHost(), config.listenPort())
              .awaitUninterruptibly();
      if (!bound.isSuccess()) {
        shutDownGroup();
        closed = true;
        throw new UncheckedIOException(
            new IOException(
                "cannot listen on " + config.listenHost() + ":" + config.listenPort(),
                bound.cause()));
      }
      sockets.add(bound.channel());
      boundPort = ((InetSocketAddress) bound.channel().localAddress()).getPort();
      LOG.log(Level.INFO, "node {0} listening on port {1}", config.self(), "" + boundPort);
      dialer = new Dialer(group, this::outboundBootstrap, node.links(), config.limits());
      for (PeerAddress peer : config.peers()) {
        if (Dialer.dials(config.self(), peer.id())) {
          dialed.putIfAbsent(peer.id(), peer);
        }
      }
      dialed.values().forEach(dialer::start);
    }
  }

  @Override
  public boolean admit(PeerAddress peer, Bytes fingerprint) {
    Objects.requireNonNull(peer, "peer");
    if (fingerprint.size() != 32) {
      throw new IllegalArgumentException("a certificate fingerprint has 32 bytes");
    }
    if (peer.id().equals(config.self())) {
      return true;
    }
    boolean known = node.trust().pinned(peer.id(), fingerprint);
    if (!known && !node.trust().pin(peer.id(), fingerprint)) {
      return false;
    }
    boolean newDial = false;
    synchronized (lifecycle) {
      if (!closed
          && Dialer.dials(config.self(), peer.id())
          && dialed.putIfAbsent(peer.id(), peer) == null) {
        newDial = true;
        if (dialer != null) {
          dialer.start(peer);
        }
      }
    }
    if (known && !newDial) {
      return true;
    }
    LOG.log(
        Level.INFO,
        "node {0} admits peer {1} at {2}:{3}",
        config.self(),
        peer.id(),
        peer.host(),
        "" + peer.port());
    return true;
  }

  private ChannelInitializer<SocketChannel> inboundInitializer() {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel socket) {
        if (pendingHandshakes.incrementAndGet() > MAX_PENDING_HANDSHAKES) {
          pendingHandshakes.decrementAndGet();
          node.counters().handshakeFailures.increment();
          socket.close();
          return;
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release =
            () -> {
              if (released.compareAndSet(false, true)) {
                pendingHandshakes.decrementAndGet();
              }
            };
        pipeline(socket, tls.server(), new PeerHandler(node, null, release));
      }
    };
  }

  private Bootstrap outboundBootstrap(DialTarget target) {
    return new Bootstrap()
        .group(group)
        .channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(
            ChannelOption.CONNECT_TIMEOUT_MILLIS,
            (int) Math.min(Integer.MAX_VALUE, config.limits().handshakeTimeout().toMillis()))
        .handler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel socket) {
                pipeline(socket, tls.client(), new PeerHandler(node, target, () -> {}));
              }
            });
  }

  private void pipeline(SocketChannel socket, SslContext context, PeerHandler handler) {
    sockets.add(socket);
    // No peer host: the JDK would otherwise cache sessions per host and resume them, skipping
    // the certificate exchange this protocol identifies peers by.
    SslHandler ssl = context.newHandler(socket.alloc());
    ssl.setHandshakeTimeoutMillis(config.limits().handshakeTimeout().toMillis());
    int maxFrame = config.limits().maxFrameBytes();
    ChannelPipeline pipeline = socket.pipeline();
    pipeline.addLast("tls", ssl);
    pipeline.addLast(
        "frames",
        new LengthFieldBasedFrameDecoder(
            maxFrame + Frames.LENGTH_PREFIX_BYTES,
            0,
            Frames.LENGTH_PREFIX_BYTES,
            0,
            Frames.LENGTH_PREFIX_BYTES,
            true));
    pipeline.addLast(
        "idle",
        new IdleStateHandler(
            IDLE_TIMEOUT.toMillis(), PING_INTERVAL.toMillis(), 0, TimeUnit.MILLISECONDS));
    pipeline.addLast("peer", handler);
  }

  @Override
  public void broadcast(Channel channel, Bytes payload) {
    requireApplicationChannel(channel);
    Objects.requireNonNull(payload, "payload");
    for (PeerLink link : node.links().all()) {
      link.offer(channel, payload);
    }
  }

  @Override
  public boolean send(PeerId to, Channel channel, Bytes payload) {
    requireApplicationChannel(channel);
    Objects.requireNonNull(payload, "payload");
    PeerLink link = node.links().get(to);
    return link != null && link.offer(channel, payload);
  }

  private static void requireApplicationChannel(Channel channel) {
    if (channel == Channel.CONTROL) {
      throw new IllegalArgumentException("CONTROL is the network's own channel");
    }
  }

  @Override
  public Set<PeerId> connectedPeers() {
    return node.links().peers();
  }

  @Override
  public void penalize(PeerId peer, String reason) {
    node.links().ban(peer, BanReason.PENALIZED, reason);
  }

  @Override
  public int boundPort() {
    return boundPort;
  }

  /** The current counters, e.g. for metrics export. */
  public NetworkStats stats() {
    return node.counters().snapshot(node.links().size());
  }

  /** Messages queued to {@code peer} and not yet written; 0 when not connected. For tests. */
  int queuedMessages(PeerId peer) {
    PeerLink link = node.links().get(peer);
    return link == null ? 0 : link.queuedMessages();
  }

  @Override
  public void close() {
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      node.links().close();
      if (dialer != null) {
        dialer.close();
      }
      if (sockets != null) {
        sockets.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
      }
      shutDownGroup();
      LOG.log(Level.INFO, "node {0} network closed", config.self());
    }
  }

  private void shutDownGroup() {
    if (group != null) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
  }
}
