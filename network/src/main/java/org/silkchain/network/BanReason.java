package org.silkchain.network;

/** Why a peer was disconnected and refused for a while; a label of the ban counters. */
public enum BanReason {
  /** A frame above {@link NetworkLimits#maxFrameBytes()}. */
  OVERSIZED_FRAME,
  /** An empty frame, a malformed control message, or a message out of protocol order. */
  MALFORMED_FRAME,
  /** A frame whose channel code is not one of {@link Channel}. */
  UNKNOWN_CHANNEL,
  /** A hello that does not decode or has an unsupported protocol version. */
  BAD_HELLO,
  /** A hello naming another genesis. */
  GENESIS_MISMATCH,
  /** A hello whose node key is not the one its TLS certificate is pinned to. */
  IDENTITY_MISMATCH,
  /** More messages or bytes per second than {@link NetworkLimits} allow. */
  RATE_LIMIT,
  /** Misbehaviour reported by the application through {@link PeerNetwork#penalize}. */
  PENALIZED,
}
