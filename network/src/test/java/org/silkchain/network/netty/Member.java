package org.silkchain.network.netty;

import java.security.SecureRandom;
import org.silkchain.crypto.KeyPair;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.network.PeerId;
import org.silkchain.network.TlsIdentity;

/** A consortium member for tests: consensus key pair and TLS identity. */
record Member(KeyPair keys, TlsIdentity tls) implements Comparable<Member> {
  static Member generate(SecureRandom random) {
    KeyPair keys = SignatureSuite.of(SuiteId.ED25519).generate(random);
    return new Member(keys, TlsIdentity.generate("node", random));
  }

  PeerId id() {
    return new PeerId(keys.publicKey());
  }

  @Override
  public int compareTo(Member other) {
    return id().compareTo(other.id());
  }
}
