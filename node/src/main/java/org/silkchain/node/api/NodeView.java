package org.silkchain.node.api;

import java.util.List;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.PublicKey;
import org.silkchain.node.application.ChainState;
import org.silkchain.node.driver.DriverStatus;
import org.silkchain.node.mempool.Mempool;
import org.silkchain.node.mempool.TransactionGossip;
import org.silkchain.runtime.execution.Runtime;

/** What the HTTP API reads from and submits to: the running node's parts. */
public interface NodeView {
  String memberId();

  PublicKey nodeKey();

  HashFunction hash();

  ChainState chain();

  Mempool mempool();

  /** The execution runtime (for queries). */
  Runtime runtime();

  TransactionGossip gossip();

  DriverStatus consensus();

  int connectedPeers();

  /** The node keys of the peers this node is connected to now (link up, past the hello). */
  List<PublicKey> peerKeys();

  /** Peers needed for readiness: 2f of the n validators. */
  int requiredPeers();

  /** A validator as the API lists it: consensus key, power, operating member, peer address. */
  record Validator(PublicKey key, long power, String operator, String address) {}

  /**
   * The genesis validator set, listed while the state keeps none (see {@code ValidatorRegistry}).
   * Empty by default.
   */
  default List<Validator> genesisValidators() {
    return List.of();
  }
}
