package org.silkchain.consensus.statemachine;

import org.silkchain.consensus.application.ValueHasher;
import org.silkchain.consensus.message.ProposalMessage;
import org.silkchain.consensus.signing.SignatureVerifier;
import org.silkchain.consensus.validator.QuorumRule;
import org.silkchain.crypto.HashFunction;

/**
 * Static parameters of an engine. Everything here must be equal on all validators of a chain except
 * the ports ({@code verifier}) and, within reason, the timeouts.
 *
 * @param maxBlockBytes proposals with larger blocks are rejected
 * @param roundWindow votes and proposals more than this many rounds ahead are not stored (their
 *     author's round is remembered for round skipping)
 * @param decisionLookahead decided blocks up to this many heights ahead are kept while catching up
 */
public record EngineConfig(
    String chainId,
    TimeoutConfig timeouts,
    QuorumRule quorum,
    ValueHasher hasher,
    SignatureVerifier verifier,
    int maxBlockBytes,
    int roundWindow,
    int decisionLookahead) {

  public EngineConfig {
    if (maxBlockBytes < 1
        || maxBlockBytes > ProposalMessage.MAX_BLOCK_BYTES
        || roundWindow < 1
        || decisionLookahead < 1) {
      throw new IllegalArgumentException("bad engine limits");
    }
  }

  /** Default limits (4 MiB blocks, 16-round window, 16 heights of lookahead), SHA-256 value ids. */
  public static EngineConfig defaults(String chainId) {
    return new EngineConfig(
        chainId,
        TimeoutConfig.DEFAULT,
        QuorumRule.BYZANTINE,
        ValueHasher.opaque(HashFunction.sha256()),
        SignatureVerifier.bySuite(),
        4 * 1024 * 1024,
        16,
        16);
  }

  public EngineConfig withTimeouts(TimeoutConfig t) {
    return new EngineConfig(
        chainId, t, quorum, hasher, verifier, maxBlockBytes, roundWindow, decisionLookahead);
  }

  public EngineConfig withQuorum(QuorumRule q) {
    return new EngineConfig(
        chainId, timeouts, q, hasher, verifier, maxBlockBytes, roundWindow, decisionLookahead);
  }

  public EngineConfig withVerifier(SignatureVerifier v) {
    return new EngineConfig(
        chainId, timeouts, quorum, hasher, v, maxBlockBytes, roundWindow, decisionLookahead);
  }
}
