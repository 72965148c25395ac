package org.silkchain.consensus.payload;

import org.silkchain.codec.Bytes;

/**
 * Prefixes of what consensus keys sign. Like every Silkchain signing domain they are ASCII strings
 * ending in NUL, so no domain is a prefix of another: a vote signature can never verify as a
 * proposal or as a transaction signature ({@code silkchain/tx/v1\0}), even for equal payload bytes.
 */
public final class SignDomains {
  public static final Bytes PROPOSAL = Bytes.utf8("silkchain/consensus/proposal/v1\0");
  public static final Bytes VOTE = Bytes.utf8("silkchain/consensus/vote/v1\0");

  private SignDomains() {}
}
