package org.silkchain.node.genesis;

import java.util.List;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.ChainId;

/** A checked members file: the consortium to create. Members keep the file's order. */
public record ConsortiumSpec(
    ChainId chainId, SuiteId suite, long genesisTime, List<MemberSpec> members) {
  /** 2025-11-24T16:00:00Z: the default genesis time, fixed so that a genesis is reproducible. */
  public static final long DEFAULT_GENESIS_TIME = 1_764_000_000_000L;

  public ConsortiumSpec {
    members = List.copyOf(members);
  }

  public List<MemberSpec> validators() {
    return members.stream().filter(MemberSpec::validator).toList();
  }
}
