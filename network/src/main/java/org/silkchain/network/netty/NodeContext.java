package org.silkchain.network.netty;

import org.silkchain.crypto.Hash;
import org.silkchain.network.NetworkLimits;
import org.silkchain.network.PeerId;

/** What every connection of one node shares. */
record NodeContext(
    PeerId self,
    Hash genesisHash,
    NetworkLimits limits,
    PinnedTrustManager trust,
    Links links,
    Counters counters) {}
