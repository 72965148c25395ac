package org.silkchain.node.genesis;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.envelope.EncryptionKeyPair;
import org.silkchain.network.TlsIdentity;

/**
 * The keys generated for one member: its account signing key and encryption key, and for a member
 * running a validator, the node's consensus key and TLS identity.
 */
public record MemberKeys(
    KeyPair signing,
    EncryptionKeyPair encryption,
    Optional<KeyPair> node,
    Optional<TlsIdentity> tls) {
  public MemberKeys {
    Objects.requireNonNull(signing, "signing");
    Objects.requireNonNull(encryption, "encryption");
    if (node.isPresent() != tls.isPresent()) {
      throw new IllegalArgumentException("a validator has both a node key and a TLS identity");
    }
  }
}
