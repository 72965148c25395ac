/**
 * The Netty (NIO, two I/O threads) implementation of {@link org.silkchain.network.PeerNetwork}. The
 * wire protocol it speaks is described in the {@link org.silkchain.network} package documentation.
 * Per connection, the pipeline is: {@code SslHandler} (TLS 1.3, pinned certificates), {@code
 * LengthFieldBasedFrameDecoder} (u32 length prefix, {@code maxFrameBytes}), {@code
 * IdleStateHandler} (ping and dead-link detection), then {@code PeerHandler} (hello, rate limits,
 * bans, delivery).
 */
package org.silkchain.network.netty;
