/**
 * Authenticated peer-to-peer links between the consortium's nodes.
 *
 * <p>The application sees {@link org.silkchain.network.PeerNetwork}: start it with a {@link
 * org.silkchain.network.MessageHandler}, then {@code send}/{@code broadcast} payloads on a {@link
 * org.silkchain.network.Channel}. Delivery is best effort and never blocks the sender. The
 * implementation is {@link org.silkchain.network.netty.NettyPeerNetwork}.
 *
 * <h2>Wire protocol, version 1</h2>
 *
 * <ol>
 *   <li><b>Transport.</b> TCP. Only the node with the smaller {@link org.silkchain.network.PeerId}
 *       (consensus public key: suite code, then key bytes, unsigned lexicographic) dials; the other
 *       accepts. So each pair has one link. If a peer's new link arrives while an old one still
 *       looks alive (a restart), the new one replaces it. Lost links are redialed with exponential,
 *       jittered backoff ({@link org.silkchain.network.NetworkLimits}).
 *   <li><b>TLS 1.3, mutual.</b> Nothing else is offered. Each node presents the self-signed
 *       certificate of its {@link org.silkchain.network.TlsIdentity} (ECDSA P-256). Each side
 *       accepts the other's certificate iff the SHA-256 of its DER encoding is pinned in the
 *       genesis ({@link org.silkchain.network.NetworkConfig#trustedCertificateFingerprints()}).
 *       There is no CA, and names and validity dates are ignored. The pin tells which node is on
 *       the other end. The genesis also carries each node's {@link
 *       org.silkchain.network.CertificateBinding}: the node's consensus key signs the pin. The
 *       handshake must complete within {@code handshakeTimeout}.
 *   <li><b>Frames.</b> Inside TLS, each direction is a sequence of frames: {@code u32 length}
 *       (big-endian), then {@code u8 channel code}, then {@code length - 1} payload bytes. The
 *       length counts the code and the payload and must be between 1 and {@code maxFrameBytes}.
 *       Channel codes: 1 CONSENSUS, 2 TRANSACTIONS, 3 SYNC, 4 CONTROL. The network does not
 *       interpret the payloads of channels 1 to 3; their format belongs to the modules using them.
 *   <li><b>Control messages</b> (channel 4). The first payload byte gives the kind, and the fields
 *       after it use the canonical encoding of {@code org.silkchain.codec}. {@code 1 Hello: u16
 *       protocolVersion (= 1) || 32-byte genesis hash || public key (u8 suite code || 32 or 33 key
 *       bytes)}. {@code 2 Ping:} no fields. Trailing bytes are an error.
 *   <li><b>Hello.</b> As soon as TLS completes, each side sends a Hello as its first frame, then
 *       waits up to {@code handshakeTimeout} for the peer's. The link is up (and {@code
 *       onPeerConnected} is called) only once a valid Hello has arrived. A Hello is valid when its
 *       version is supported, its genesis hash equals ours, and its key is the one the peer's
 *       certificate is pinned to. Before its Hello, a peer may send nothing else.
 *   <li><b>Keep-alive.</b> A link with nothing written for 2 s sends a Ping. A link with nothing
 *       received for 10 s is closed as dead. Neither is a ban.
 * </ol>
 *
 * <h2>Limits and bans</h2>
 *
 * <p>Each peer has token buckets for inbound messages and bytes per second, each holding one
 * second's worth. The byte bucket always holds at least one maximal frame. Each peer also has a
 * bounded outbound queue ({@code maxOutboundQueuedMessages}, and {@link
 * org.silkchain.network.NetworkLimits#maxOutboundQueuedBytes()}). When the queue is full, further
 * messages to that peer are dropped and counted in {@link org.silkchain.network.NetworkStats}.
 *
 * <p>An authenticated peer that does any of the following is disconnected. For {@code banDuration}
 * it is then neither accepted (its TLS handshake succeeds, and the link is closed right away) nor
 * dialed. See {@link org.silkchain.network.BanReason}:
 *
 * <ul>
 *   <li>sends an oversized frame, an empty frame, an unknown channel code, or a malformed control
 *       message
 *   <li>sends data before its Hello, or a second Hello
 *   <li>sends a Hello with another genesis or another key
 *   <li>exceeds the rate limits
 *   <li>is reported by the application through {@link org.silkchain.network.PeerNetwork#penalize},
 *       e.g. for an invalid signature or a lie during sync
 * </ul>
 *
 * <p>Connections that never authenticate have no identity to ban. They are closed: non-TLS bytes,
 * unpinned certificates, and handshake timeouts all end this way. They are counted as handshake
 * failures, and at most 64 may be pending at a time.
 */
package org.silkchain.network;
