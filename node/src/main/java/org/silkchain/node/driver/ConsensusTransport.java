package org.silkchain.node.driver;

import org.silkchain.consensus.message.ConsensusMessage;
import org.silkchain.crypto.PublicKey;

/** How the driver reaches the other validators. Best effort, never blocking. */
public interface ConsensusTransport {
  void broadcast(ConsensusMessage message);

  void sendTo(PublicKey validator, ConsensusMessage message);

  /** Asks {@code peer} for the decided blocks from {@code fromHeight} ({@link SyncRequest}). */
  default void requestBlocks(PublicKey peer, long fromHeight) {}

  /** Reports a peer that sent something invalid (bad signature, malformed message). */
  void penalize(PublicKey validator, String reason);
}
