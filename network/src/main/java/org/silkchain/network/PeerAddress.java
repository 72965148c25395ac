package org.silkchain.network;

import java.util.Objects;

/** Where a consortium node listens. */
public record PeerAddress(PeerId id, String host, int port) {
  public PeerAddress {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
