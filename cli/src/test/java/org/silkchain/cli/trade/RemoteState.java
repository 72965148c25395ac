package org.silkchain.cli.trade;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.silkchain.codec.Bytes;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.sdk.Member;
import org.silkchain.sdk.SilkchainClient;

/**
 * The state of one node at one height as a client sees it: every entry read over the API as a
 * member's signed {@code GET /api/v1/state/proof} and checked by the SDK against the block's state
 * root. Lets the modules' client helpers (sealing to the required recipients, re-sealing a bill)
 * run unchanged against a real network.
 */
final class RemoteState implements StateAccess {
  private final SilkchainClient node;
  private final Member reader;
  private final long height;
  private final Map<Bytes, Optional<Bytes>> read = new ConcurrentHashMap<>();

  RemoteState(SilkchainClient node, Member reader, long height) {
    this.node = node;
    this.reader = reader;
    this.height = height;
  }

  /** The node's state at its current tip. */
  static RemoteState atTip(SilkchainClient node, Member reader) {
    return new RemoteState(node, reader, node.status().path("height").asLong());
  }

  long height() {
    return height;
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    return read.computeIfAbsent(key, k -> node.stateEntry(k, Optional.of(height), reader).value());
  }
}
