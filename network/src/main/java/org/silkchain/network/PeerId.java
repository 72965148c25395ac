package org.silkchain.network;

import java.util.Objects;
import org.silkchain.crypto.PublicKey;

/**
 * A consortium node as the network knows it: its consensus signing key. The TLS certificate a node
 * presents is bound to this key by the genesis (see {@link CertificateBinding}).
 */
public record PeerId(PublicKey nodeKey) implements Comparable<PeerId> {
  public PeerId {
    Objects.requireNonNull(nodeKey, "nodeKey");
  }

  @Override
  public int compareTo(PeerId other) {
    return nodeKey.compareTo(other.nodeKey);
  }

  /** The first 8 hex characters of the key: enough to tell consortium members apart in logs. */
  @Override
  public String toString() {
    return nodeKey.bytes().toHex().substring(0, 8);
  }
}
